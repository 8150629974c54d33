package dev.envelopes.sample;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The projects of the sample API, each answer in the meta envelope. */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Enveloped
public class ProjectResource {

  private final SampleStore store;
  private final ReportService reports;

  ProjectResource(SampleStore store, ReportService reports) {
    this.store = store;
    this.reports = reports;
  }

  /**
   * The projects, 25 to a page by default, sorted by {@code id} or {@code name}, only those of
   * {@code owner} when it is given.
   */
  @GET
  @Paginated(maxLimit = 100)
  public Page<Project> list(
      @QueryParam("offset") long offset,
      @QueryParam("limit") @DefaultValue("25") int limit,
      @QueryParam("owner") String owner,
      @QueryParam("sort") @DefaultValue("id") String sort) {
    return store.projects(owner, ProjectOrder.parse(sort), offset, limit);
  }

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return store.project(id);
  }

  /** Creates a project and answers its id; the name must be unused. */
  @POST
  public long create(@Valid @NotNull NewProject project) {
    return store.addProject(project.name(), project.owner()).id();
  }

  @PATCH
  @Path("{id}")
  public void rename(@PathParam("id") long id, @Valid @NotNull ProjectChanges changes) {
    store.rename(id, changes.name());
  }

  /** Deletes a project; only its owner may. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id, @HeaderParam("X-Api-Key") String apiKey) {
    String user = store.userOf(apiKey).orElseThrow(MissingApiKey::new);
    if (!store.project(id).owner().equals(user)) {
      throw new NotProjectOwner(user, id);
    }
    store.delete(id);
  }

  /**
   * Starts an export of the project; a project can be exported once a minute. It answers the export
   * rather than a sentence: a {@code POST} that returns a {@code String} is answered as one that
   * created a resource with that id, with a {@code Location} naming it.
   */
  @POST
  @Path("{id}/exports")
  public Export export(@PathParam("id") long id) {
    return new Export(id, store.export(id).toString());
  }

  /** A summary from the reporting database. */
  @GET
  @Path("{id}/report")
  public String report(@PathParam("id") long id) {
    return reports.summarize(store.project(id));
  }
}
