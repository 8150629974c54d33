package com.example;

import dev.envelopes.ApiError;

@ApiError(
    detail = "No project has this id.",
    status = 200)
public class ProjectNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;
}
