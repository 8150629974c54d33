package dev.envelopes.sample;

import dev.envelopes.ApiError;

/** No project has the id a request names. */
@ApiError(status = 404)
public class ProjectNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProjectNotFound(long id) {
    super("Project " + id + " does not exist.");
  }
}
