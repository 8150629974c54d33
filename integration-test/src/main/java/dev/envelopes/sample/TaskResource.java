package dev.envelopes.sample;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The tasks of a project, answered in the meta envelope but for {@link #count}. */
@Path("/projects/{projectId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Enveloped
public class TaskResource {

  private final SampleStore store;

  TaskResource(SampleStore store) {
    this.store = store;
  }

  /**
   * The project's tasks, 10 to a page by default, only those done or not when {@code done} is
   * given.
   */
  @GET
  @Paginated(maxLimit = 50)
  public Page<Task> list(
      @PathParam("projectId") long projectId,
      @QueryParam("done") Boolean done,
      @QueryParam("offset") int offset,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    return store.tasks(projectId, done, offset, limit);
  }

  /**
   * How many tasks the project has, as a bare number: this one method chooses the bare style, while
   * the rest of the class answers in the meta envelope.
   */
  @GET
  @Path("count")
  @EnvelopeStyle(Style.BARE)
  public long count(@PathParam("projectId") long projectId) {
    return store.tasks(projectId, null, 0, 1).total();
  }

  @GET
  @Path("{taskId}")
  public Task get(@PathParam("projectId") long projectId, @PathParam("taskId") long taskId) {
    return store.task(projectId, taskId);
  }

  @POST
  public long create(@PathParam("projectId") long projectId, @Valid @NotNull NewTask task) {
    return store.addTask(projectId, task.title()).id();
  }

  @PATCH
  @Path("{taskId}")
  public void update(
      @PathParam("projectId") long projectId,
      @PathParam("taskId") long taskId,
      @Valid @NotNull TaskChanges changes) {
    store.markDone(projectId, taskId, changes.done());
  }
}
