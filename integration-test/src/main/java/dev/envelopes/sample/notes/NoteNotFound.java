package dev.envelopes.sample.notes;

import dev.envelopes.ApiError;

/** No note has the id asked for; the status envelope names it with a code. */
@ApiError(status = 404, errorCode = "note_not_found")
public class NoteNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoteNotFound(long id) {
    super("Note " + id + " does not exist.");
  }
}
