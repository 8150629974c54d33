package com.example;

import jakarta.ws.rs.GET;
import java.util.List;

public class TaskResource {

  private final long projectId;

  public TaskResource(long projectId) {
    this.projectId = projectId;
  }

  @GET
  public List<String> list() {
    return List.of("Task of project " + projectId);
  }
}
