package com.example.shop.contacts;

import dev.envelopes.ApiError;

/** The address book has no contact with the id a request names. */
@ApiError(status = 404)
public class ContactNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ContactNotFound(long id) {
    super("Contact " + id + " does not exist.");
  }
}
