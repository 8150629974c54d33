package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/projects")
@Enveloped
public class ProjectResource {

  @Path("{id}/tasks")
  public TaskResource tasks(@PathParam("id") long id) {
    return new TaskResource(id);
  }

  @Path("{id}/open-tasks")
  @EnvelopeStyle(Style.STATUS)
  public TaskResource openTasks(@PathParam("id") long id) {
    return new TaskResource(id);
  }
}
