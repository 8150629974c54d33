package dev.envelopes.sample;

import dev.envelopes.ApiError;

/** The user may not change a project they do not own. */
@ApiError(status = 403)
public class NotProjectOwner extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotProjectOwner(String user, long projectId) {
    super(user + " does not own project " + projectId + ".");
  }
}
