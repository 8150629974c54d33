package dev.envelopes.sample.library;

import dev.envelopes.ApiError;

/** No author has the id a request names. */
@ApiError(status = 404)
public class AuthorNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuthorNotFound(long id) {
    super("Author " + id + " does not exist.");
  }
}
