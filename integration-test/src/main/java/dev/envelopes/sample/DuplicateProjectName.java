package dev.envelopes.sample;

import dev.envelopes.ApiError;

/** Another project already has the name a request asks for. */
@ApiError(status = 409)
public class DuplicateProjectName extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateProjectName(String name) {
    super("A project named \"" + name + "\" already exists.");
  }
}
