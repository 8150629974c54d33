package dev.envelopes.bench.sample;

import dev.envelopes.Page;
import dev.envelopes.bench.runtime.Paged;
import dev.envelopes.bench.runtime.Wrapped;
import dev.envelopes.sample.Task;
import dev.envelopes.sample.TaskResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The runtime twin of the sample's {@link TaskResource}: its page and single task, wrapped in the
 * meta envelope by the runtime filter.
 */
@Path("/projects/{projectId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Wrapped
public class RuntimeTasks {

  private final TaskResource tasks;

  RuntimeTasks(TaskResource tasks) {
    this.tasks = tasks;
  }

  @GET
  @Paged(defaultLimit = 10)
  public Page<Task> list(
      @PathParam("projectId") long projectId,
      @QueryParam("done") Boolean done,
      @QueryParam("offset") int offset,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    return tasks.list(projectId, done, offset, limit);
  }

  @GET
  @Path("{taskId}")
  public Task get(@PathParam("projectId") long projectId, @PathParam("taskId") long taskId) {
    return tasks.get(projectId, taskId);
  }
}
