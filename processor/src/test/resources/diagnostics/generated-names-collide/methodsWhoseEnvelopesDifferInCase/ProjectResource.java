package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/projects")
@Enveloped
public class ProjectResource {

  @GET
  @Path("by-name")
  public Project findByName() {
    return new Project(1, "Apollo");
  }

  @GET
  @Path("by-name-prefix")
  public Project findByname() {
    return new Project(2, "Gemini");
  }
}
