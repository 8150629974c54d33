package com.example.library;

import dev.envelopes.ApiError;

/** The book is lent out, and cannot be removed: a failure of the request, 422. */
@ApiError(status = 422, detail = "The book is on loan.")
public class BookOnLoan extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
