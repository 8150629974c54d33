package dev.envelopes.sample.contacts;

import dev.envelopes.ApiError;

/**
 * An attachment of a type not allowed: a 415, which the bare style answers as INVALID_FILE_TYPE.
 */
@ApiError(status = 415, detail = "File type not allowed. Allowed extensions: .pdf, .doc, .docx")
public class InvalidFileType extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidFileType(String name) {
    super("attachment " + name);
  }
}
