package com.example;

import dev.envelopes.ApiError;

@ApiError(
    status = 404,
    code = 704,
    message = "Project not found")
public class ProjectNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
