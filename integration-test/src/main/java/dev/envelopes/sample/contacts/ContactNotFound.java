package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;
import java.util.UUID;

/** No contact has the id asked for. */
@ApiError(status = 404)
public class ContactNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ContactNotFound(UUID id) {
    super("Contact " + id + " does not exist.");
  }
}
