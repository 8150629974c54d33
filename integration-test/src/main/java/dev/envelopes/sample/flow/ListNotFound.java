package dev.envelopes.sample.flow;

import dev.envelopes.ApiError;

/** No list has the id asked for: {@code record_not_found}, the code of a 404. */
@ApiError(status = 404)
public class ListNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ListNotFound(long id) {
    super("List " + id + " could not be located.");
  }
}
