package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/audit")
public class AuditResource {

  @GET
  @Enveloped
  public String first() {
    return "none";
  }

  @GET
  @Path("latest")
  @EnvelopeStyle(Style.BARE)
  public String latest() {
    return "none";
  }
}
