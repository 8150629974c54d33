package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/version")
@Enveloped
public record VersionResource(String version) {

  @GET
  @Override
  public String version() {
    return version;
  }
}
