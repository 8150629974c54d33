package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;

/** A contact has no attachment of the name asked for; the bare style has a code of its own. */
@ApiError(status = 404, errorCode = "ATTACHMENT_NOT_FOUND")
public class AttachmentNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AttachmentNotFound(String name) {
    super("The requested attachment " + name + " was not found.");
  }
}
