package dev.envelopes.processor.diagnostic;

import dev.envelopes.processor.model.Origin;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic.Kind;

/**
 * Reports diagnostics from the catalog through the compiler, on the most precise position known, in
 * the words of the user's framework.
 */
public final class Reporter {

  private final Messager messager;
  private final FrameworkWords words;
  private final Optional<RepeatedAnnotationPlaces> repeatedAnnotations;
  private int errors;

  public Reporter(ProcessingEnvironment environment, FrameworkWords words) {
    this.messager = environment.getMessager();
    this.words = words;
    this.repeatedAnnotations = RepeatedAnnotationPlaces.of(environment);
  }

  /** Reports an error at {@code origin}. */
  public void error(Diagnostic diagnostic, Origin origin, Object... arguments) {
    errors++;
    report(Kind.ERROR, diagnostic, origin, arguments);
  }

  /** Reports a warning, one of the catalog's {@link Diagnostic.Kind#WARNING}s, at {@code origin}. */
  public void warning(Diagnostic diagnostic, Origin origin, Object... arguments) {
    report(Kind.WARNING, diagnostic, origin, arguments);
  }

  private void report(Kind kind, Diagnostic diagnostic, Origin origin, Object... arguments) {
    String message = diagnostic.format(words, arguments);
    if (repeatedAnnotations.isPresent()
        && repeatedAnnotations.get().report(kind, message, origin)) {
      return;
    }
    if (origin.value() != null) {
      messager.printMessage(kind, message, origin.element(), origin.annotation(), origin.value());
    } else if (origin.annotation() != null) {
      messager.printMessage(kind, message, origin.element(), origin.annotation());
    } else {
      messager.printMessage(kind, message, origin.element());
    }
  }

  /** The words of the user's framework, for details that name its parts. */
  public FrameworkWords words() {
    return words;
  }

  /** How many errors were reported so far. */
  public int errorCount() {
    return errors;
  }
}
