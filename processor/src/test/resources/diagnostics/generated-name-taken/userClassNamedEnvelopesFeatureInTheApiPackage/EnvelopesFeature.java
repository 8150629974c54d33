package com.example;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/** Registers the envelopes, the user thought. */
public class EnvelopesFeature implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    return true;
  }
}
