package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/tasks")
@Enveloped
public class TaskResource {

  @GET
  public String list() {
    return "none";
  }
}
