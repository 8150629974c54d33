package com.example.flow;

import dev.envelopes.ApiError;

@ApiError(status = 404)
public class TaskNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
