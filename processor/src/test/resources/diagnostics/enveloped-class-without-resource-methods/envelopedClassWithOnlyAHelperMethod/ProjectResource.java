package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.Path;

@Path("/projects")
@Enveloped
public class ProjectResource {

  public Project describe(long id) {
    return new Project(id, "Apollo");
  }
}
