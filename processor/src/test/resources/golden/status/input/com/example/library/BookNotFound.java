package com.example.library;

import dev.envelopes.ApiError;

@ApiError(status = 404, errorCode = "book_not_found")
public class BookNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
