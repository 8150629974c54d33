package dev.envelopes.sample.flow;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import dev.envelopes.Views;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists of work, as the Flow API answers them: {@code /lists}, or {@code /v2/lists}; as {@code
 * ListResource}.
 */
@RestController
@RequestMapping("/lists")
@Enveloped
public class ListController {

  /** The account that creates lists in the sample, which has no sign-in. */
  private static final long CURRENT_ACCOUNT = 1;

  private final Workspace workspace;

  public ListController(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * The lists of a workspace, in a view, with their owners when the request includes them. The
   * workspace is required, as {@code @NotNull} makes it on Jakarta REST.
   */
  @GetMapping
  @Paginated(maxLimit = 50)
  @Views({"upcoming", "overdue"})
  @Include(name = "accounts", type = Account.class)
  public Related<Page<FlowList>> list(
      @RequestParam("workspace_id") Long workspaceId,
      @RequestParam(defaultValue = "default") String view,
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "2") int limit) {
    Page<FlowList> page = workspace.page(workspaceId, view, cursor.offset(), limit);
    return Related.of(page).with("accounts", workspace.owners(page.items()));
  }

  @GetMapping("/{id}")
  public FlowList get(@PathVariable long id) {
    return workspace.get(id);
  }

  @PostMapping
  public long create(@RequestBody @Valid NewList list) {
    return workspace.add(list, CURRENT_ACCOUNT);
  }

  @PutMapping("/{id}")
  public void update(@PathVariable long id, @RequestBody @Valid NewList list) {
    workspace.update(id, list);
  }
}
