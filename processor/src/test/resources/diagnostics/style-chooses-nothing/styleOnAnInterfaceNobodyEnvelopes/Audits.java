package com.example;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
import jakarta.ws.rs.GET;

@EnvelopeStyle(Style.STATUS)
public interface Audits {

  @GET
  String latest();
}
