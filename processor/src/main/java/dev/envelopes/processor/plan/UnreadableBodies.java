package dev.envelopes.processor.plan;

import dev.envelopes.processor.model.LibraryException;

/**
 * The request bodies the JSON library cannot read at all: each style answers them alike, as its 400
 * about no single field, with the sentence below; no stack trace goes to the log, since the client
 * is at fault.
 */
public final class UnreadableBodies {

  /**
   * What the answer says to a body that is JSON yet does not fit the expected type, where the
   * failure names no field.
   */
  public static final String WRONG_SHAPE = "The request body does not have the expected shape.";

  private UnreadableBodies() {}

  /** Whether {@code kind} is a body that could not be read, rather than one that does not fit. */
  public static boolean isUnreadable(LibraryException.Kind kind) {
    return kind == LibraryException.Kind.JSON_PARSE || kind == LibraryException.Kind.JSON_LIMITS;
  }

  /** What the answer says to a body that could not be read for {@code kind}. */
  public static String message(LibraryException.Kind kind) {
    return kind == LibraryException.Kind.JSON_LIMITS
        ? "The request body exceeds a limit of the JSON reader: the length of a number, name or"
            + " string, or the depth of nesting."
        : "The request body is not valid JSON.";
  }
}
