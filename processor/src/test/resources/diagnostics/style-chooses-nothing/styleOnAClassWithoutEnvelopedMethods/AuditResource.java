package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/audit")
@EnvelopeStyle(Style.BARE)
public class AuditResource {

  @GET
  public String latest() {
    return "none";
  }
}
