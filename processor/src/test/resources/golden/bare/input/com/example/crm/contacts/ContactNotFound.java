package com.example.crm.contacts;

import dev.envelopes.ApiError;

@ApiError(status = 404)
public class ContactNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
