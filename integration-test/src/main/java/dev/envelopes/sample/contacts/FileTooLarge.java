package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;

/** An attachment over the limit: a 413, which the bare style answers as FILE_TOO_LARGE. */
@ApiError(status = 413, detail = "File too large. Maximum size: 1 KB")
public class FileTooLarge extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FileTooLarge(int size) {
    super("attachment of " + size + " bytes");
  }
}
