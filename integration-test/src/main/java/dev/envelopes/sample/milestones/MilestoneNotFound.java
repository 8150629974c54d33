package dev.envelopes.sample.milestones;

import dev.envelopes.ApiError;

/** No milestone has the id a request names. */
@ApiError(status = 404)
public class MilestoneNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MilestoneNotFound(long id) {
    super("Milestone " + id + " does not exist.");
  }
}
