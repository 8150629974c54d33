package com.example;

/** Envelopes of projects, for the web client. */
public final class ProjectResourceEnvelopes {

  private ProjectResourceEnvelopes() {}
}
