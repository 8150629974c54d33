package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/meta")
@Enveloped
public class Meta {

  @GET
  @Path("error")
  public Project error() {
    return new Project(1, "Apollo");
  }
}
