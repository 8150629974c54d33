package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * An exception of a library on the user's classpath that the error mapper answers on its own terms,
 * ahead of the library's own mapper.
 *
 * @param kind which exception it is
 * @param type its class
 * @param depth how many superclasses it has, to order it among the declared exceptions
 */
public record LibraryException(Kind kind, ClassName type, int depth) {

  /** The exceptions Envelopes knows, by what they mean; the reader knows their classes. */
  public enum Kind {
    /** The web framework's own errors, such as 404 for a path no resource matches. */
    FRAMEWORK,
    /** Bean Validation's failures: a 400 that names each invalid field. */
    CONSTRAINT_VIOLATION,
    /** Jackson's "this is not JSON". */
    JSON_PARSE,
    /**
     * Jackson's "this JSON is past a reading limit" (a number, name or string too long, nesting too
     * deep), since Jackson 2.15: neither a parse nor a mapping failure, yet the client's fault.
     */
    JSON_LIMITS,
    /** Jackson's "this JSON does not fit the type", or a payload it cannot write. */
    JSON_MAPPING
  }
}
