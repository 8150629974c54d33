package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/status")
@Enveloped
public enum StatusResource {
  INSTANCE;

  @GET
  public String get() {
    return "up";
  }
}
