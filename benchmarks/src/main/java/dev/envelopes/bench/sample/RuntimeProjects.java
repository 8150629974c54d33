package dev.envelopes.bench.sample;

import dev.envelopes.Page;
import dev.envelopes.bench.runtime.Paged;
import dev.envelopes.bench.runtime.Wrapped;
import dev.envelopes.sample.Project;
import dev.envelopes.sample.ProjectResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The runtime twin of the sample's {@link ProjectResource}: the same GET endpoints with the same
 * parameters, answered by the sample's own resource and wrapped in the meta envelope by the runtime
 * filter.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Wrapped
public class RuntimeProjects {

  private final ProjectResource projects;

  RuntimeProjects(ProjectResource projects) {
    this.projects = projects;
  }

  @GET
  @Paged(defaultLimit = 25)
  public Page<Project> list(
      @QueryParam("offset") long offset,
      @QueryParam("limit") @DefaultValue("25") int limit,
      @QueryParam("owner") String owner,
      @QueryParam("sort") @DefaultValue("id") String sort) {
    return projects.list(offset, limit, owner, sort);
  }

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return projects.get(id);
  }
}
