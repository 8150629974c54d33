package com.example;

import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/projects")
public class ProjectResource {

  @GET
  @Paginated
  public Page<Project> list(
      @QueryParam("offset") long offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    return new Page<>(List.of(), 0);
  }
}
