package dev.envelopes.sample;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The projects as an archive that, like a store which cannot skip records cheaply, pages no
 * further than offset 4: {@code @Paginated(maxOffset = 4)}.
 */
@Path("/archive")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
public class ArchiveResource {

  private final SampleStore store;

  ArchiveResource(SampleStore store) {
    this.store = store;
  }

  /** The projects by id, 2 to a page by default, from an offset of at most 4. */
  @GET
  @Paginated(maxLimit = 10, maxOffset = 4)
  public Page<Project> list(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("2") int limit) {
    return store.projects(null, ProjectOrder.parse("id"), offset, limit);
  }
}
