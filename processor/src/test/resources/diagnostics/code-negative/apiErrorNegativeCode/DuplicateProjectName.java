package com.example;

import dev.envelopes.ApiError;

@ApiError(
    status = 409,
    code = -1101,
    message = "Name taken")
public class DuplicateProjectName extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
