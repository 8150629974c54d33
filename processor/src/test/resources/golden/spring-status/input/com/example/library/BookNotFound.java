package com.example.library;

import dev.envelopes.ApiError;

/** The library has no book with the id a request names. */
@ApiError(status = 404, errorCode = "book_not_found")
public class BookNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BookNotFound(long id) {
    super("Book " + id + " does not exist.");
  }
}
