package com.example;

import dev.envelopes.ApiError;

@ApiError(
    status = 409,
    code = 1105,
    message = "Task name taken")
public class DuplicateTaskName extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
