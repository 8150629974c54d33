package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/projects")
public class ProjectResource {

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return describe(id);
  }

  @Enveloped
  public Project describe(long id) {
    return new Project(id, "Apollo");
  }
}
