package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/items")
@Enveloped
public abstract class CrudResource {

  @GET
  @Path("{id}")
  public Project get(@PathParam("id") long id) {
    return new Project(id, "Apollo");
  }
}
