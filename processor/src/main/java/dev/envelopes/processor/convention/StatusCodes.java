package dev.envelopes.processor.convention;

/**
 * The API's own code and message of each HTTP status, from its {@code @ResponseCode}s, else the
 * status's number and reason phrase: what the meta envelope answers an error with. The plan's
 * status table is one.
 */
public interface StatusCodes {

  /** The API's code of {@code status}. */
  int codeOf(int status);

  /** The API's message of {@code status}. */
  String messageOf(int status);
}
