package dev.envelopes.sample;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projects as an archive that, like a store which cannot skip records cheaply, pages no
 * further than offset 4: {@code @Paginated(maxOffset = 4)}; as {@code ArchiveResource}.
 */
@RestController
@RequestMapping(path = "/archive", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class ArchiveController {

  private final SampleStore store;

  ArchiveController(SampleStore store) {
    this.store = store;
  }

  /** The projects by id, 2 to a page by default, from an offset of at most 4. */
  @GetMapping
  @Paginated(maxLimit = 10, maxOffset = 4)
  public Page<Project> list(
      @RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "2") int limit) {
    return store.projects(null, ProjectOrder.parse("id"), offset, limit);
  }
}
