package com.example.catalog;

import dev.envelopes.ApiError;

@ApiError(status = 404, code = 1104, message = "Book not found")
public class BookNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BookNotFound(String isbn) {
    super("No book has the ISBN " + isbn + ".");
  }
}
