package dev.envelopes.sample.library;

import dev.envelopes.ApiError;

/** No shelf has the id a request names. */
@ApiError(status = 404)
public class ShelfNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ShelfNotFound(long id) {
    super("Shelf " + id + " does not exist.");
  }
}
