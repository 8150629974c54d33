package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/projects")
@Enveloped
public class ProjectResource {

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return new Project(id, "Apollo");
  }

  @Path("{id}/tasks")
  public Object tasks(@PathParam("id") long id) {
    return new TaskResource(id);
  }
}
