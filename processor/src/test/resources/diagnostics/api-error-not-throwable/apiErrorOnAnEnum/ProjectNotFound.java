package com.example;

import dev.envelopes.ApiError;

@ApiError(status = 404)
public enum ProjectNotFound { MISSING }
