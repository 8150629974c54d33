package dev.envelopes.processor.model;

import java.util.List;

/**
 * Which libraries the user's compile classpath has. Generated code may use only these, the JDK and
 * the Envelopes annotations.
 *
 * @param framework the API of the web framework that the generated glue is written for
 * @param jacksonAnnotations Jackson's annotations, which name the envelopes' JSON keys
 * @param json the Jackson that generated serializers write with
 * @param exceptions the exceptions of these libraries that get answers of their own, those present
 */
public record Libraries(
    boolean framework,
    boolean jacksonAnnotations,
    JsonLibrary json,
    List<LibraryException> exceptions) {

  /**
   * Whether validation failures can name a request body's fields as Jackson databind reads them:
   * both Bean Validation and databind are there.
   */
  public boolean namesBodyFieldsAsJson() {
    return has(LibraryException.Kind.CONSTRAINT_VIOLATION)
        && has(LibraryException.Kind.JSON_MAPPING);
  }

  private boolean has(LibraryException.Kind kind) {
    return exceptions.stream().anyMatch(exception -> exception.kind() == kind);
  }
}
