package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/tasks")
public class TaskResource {

  @GET
  @Enveloped
  public List<String> list() {
    return List.of();
  }

  @GET
  @Path("done")
  @Enveloped
  public List<String> done() {
    return List.of();
  }
}
