package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

public class ProjectResource {

  @GET
  @Path("/projects/{id}")
  @Enveloped
  public Project get(@PathParam("id") long id) {
    return new Project(id, "Apollo");
  }
}
