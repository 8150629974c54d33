package com.example;

import dev.envelopes.Enveloped;
import dev.envelopes.MapException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/projects")
@Enveloped
@MapException(value = IllegalArgumentException.class, status = 400)
public class ProjectResource {

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return new Project(id, "Apollo");
  }
}
