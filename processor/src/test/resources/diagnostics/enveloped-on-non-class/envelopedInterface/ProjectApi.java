package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/projects")
@Enveloped
public interface ProjectApi {

  @GET
  @Path("{id}")
  Project get(@PathParam("id") long id);
}
