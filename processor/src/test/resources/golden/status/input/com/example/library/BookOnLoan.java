package com.example.library;

import dev.envelopes.ApiError;

@ApiError(status = 422, detail = "The book is on loan.")
public class BookOnLoan extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
