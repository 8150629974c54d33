package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/tasks")
@Enveloped
public class TaskResource {

  @GET
  public List<String> list() {
    return List.of();
  }
}
