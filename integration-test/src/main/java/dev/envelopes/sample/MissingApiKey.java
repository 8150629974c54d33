package dev.envelopes.sample;

import dev.envelopes.ApiError;

/** A request that needs a user came without a known API key. */
@ApiError(status = 401, detail = "Send a valid X-Api-Key header.")
public class MissingApiKey extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissingApiKey() {
    super("no known API key");
  }
}
