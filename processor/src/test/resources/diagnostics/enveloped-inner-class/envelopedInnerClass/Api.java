package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public class Api {

  @Path("/projects")
  @Enveloped
  public class ProjectResource {

    @GET
    public Project get() {
      return new Project(1, "Apollo");
    }
  }
}
