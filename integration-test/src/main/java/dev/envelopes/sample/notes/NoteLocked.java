package dev.envelopes.sample.notes;

import dev.envelopes.ApiError;

/** A locked note cannot change: a 422, which the status envelope answers as a failure. */
@ApiError(status = 422, detail = "The note is locked.")
public class NoteLocked extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoteLocked() {
    super("note is locked");
  }
}
