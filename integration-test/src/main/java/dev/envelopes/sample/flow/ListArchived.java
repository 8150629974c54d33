package dev.envelopes.sample.flow;

import dev.envelopes.ApiError;

/** An archived list cannot change: the vendor's {@code not_modified}, the code of a 409. */
@ApiError(status = 409)
public class ListArchived extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ListArchived(long id) {
    super("List " + id + " is archived and could not be modified.");
  }
}
