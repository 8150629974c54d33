package dev.envelopes.sample.flow;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import dev.envelopes.Views;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Lists of work, as the Flow API answers them: {@code /lists}, or {@code /v2/lists}. */
@Path("/lists")
@Enveloped
public class ListResource {

  /** The account that creates lists in the sample, which has no sign-in. */
  private static final long CURRENT_ACCOUNT = 1;

  private final Workspace workspace;

  public ListResource(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The lists of a workspace, in a view, with their owners when the request includes them. */
  @GET
  @Paginated(maxLimit = 50)
  @Views({"upcoming", "overdue"})
  @Include(name = "accounts", type = Account.class)
  public Related<Page<FlowList>> list(
      @QueryParam("workspace_id") @NotNull Long workspaceId,
      @QueryParam("view") @DefaultValue("default") String view,
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("2") int limit) {
    Page<FlowList> page = workspace.page(workspaceId, view, cursor.offset(), limit);
    return Related.of(page).with("accounts", workspace.owners(page.items()));
  }

  @GET
  @Path("{id}")
  public FlowList get(@PathParam("id") long id) {
    return workspace.get(id);
  }

  @POST
  public long create(@Valid @NotNull NewList list) {
    return workspace.add(list, CURRENT_ACCOUNT);
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") long id, @Valid @NotNull NewList list) {
    workspace.update(id, list);
  }
}
