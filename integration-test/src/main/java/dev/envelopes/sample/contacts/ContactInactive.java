package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;

/** An inactive contact cannot be changed. */
@ApiError(
    status = 400,
    errorCode = "PRECONDITION_FAILED",
    detail = "Cannot update inactive contacts")
public class ContactInactive extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ContactInactive() {
    super("contact is inactive");
  }
}
