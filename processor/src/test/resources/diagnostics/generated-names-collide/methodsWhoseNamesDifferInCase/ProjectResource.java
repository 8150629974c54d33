package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/projects")
@Enveloped
public class ProjectResource {

  @GET
  public Project get() {
    return new Project(1, "Apollo");
  }

  @GET
  @Path("latest")
  public Project Get() {
    return new Project(2, "Gemini");
  }
}
