package dev.envelopes.sample;

import dev.envelopes.ApiError;

/** A project was exported too recently to be exported again. */
@ApiError(status = 429)
public class ExportRateLimited extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExportRateLimited(long projectId) {
    super("Project " + projectId + " can be exported once a minute.");
  }
}
