package dev.envelopes.sample.library;

import dev.envelopes.ApiError;

/** The shelf a request names holds no book with the id it names. */
@ApiError(status = 404)
public class BookNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BookNotFound(long shelfId, long bookId) {
    super("Shelf " + shelfId + " holds no book " + bookId + ".");
  }
}
