package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;

/** Two contacts may not share an email: a 409, which the bare style answers as a business rule. */
@ApiError(status = 409)
public class DuplicateEmail extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateEmail(String email) {
    super("Another contact already has the email " + email + ".");
  }
}
