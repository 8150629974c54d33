package dev.envelopes.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.LibraryException;
import java.util.Optional;

/**
 * One link of the exception chain: a class the mapper tests for, and what answers it.
 *
 * @param type the exception class
 * @param depth how many superclasses it has, so that subclasses are tested first
 * @param declaration the user's declaration of the class, if any
 * @param library which of the framework's or the libraries' exceptions it is, if it is one: such a
 *     link keeps its own answer, and takes only the status and code of a declaration
 */
public record ErrorLink(
    ClassName type,
    int depth,
    Optional<ErrorDeclaration> declaration,
    Optional<LibraryException.Kind> library) {

  /** Whether the link answers one of the framework's or the libraries' exceptions. */
  public boolean isLibrary() {
    return library.isPresent();
  }

  /** The library exception the link answers; only for a {@link #isLibrary} link. */
  public LibraryException.Kind kind() {
    return library.orElseThrow();
  }

  /** The user's declaration the link answers; only for a link that is not {@link #isLibrary}. */
  public ErrorDeclaration declared() {
    return declaration.orElseThrow();
  }

  /**
   * Whether the library could not read the request body at all, so that every style answers with
   * its 400 about no single field and the answer never reads the exception.
   */
  public boolean isUnreadableBody() {
    return library.filter(UnreadableBodies::isUnreadable).isPresent();
  }
}
