package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusCodes;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.LibraryException;
import java.util.Optional;

/**
 * The answer to each kind of error in one convention, worded as the convention says ({@link
 * dev.envelopes.processor.convention.ErrorWording}), with the API's own status codes.
 */
final class ConventionAnswers {

  /** What the catalog says a 500 means. */
  private static final String INTERNAL_MEANING = "an exception nobody declared";

  /** The name of a 500's answer. */
  private static final String INTERNAL_NAME = "internal_error";

  private final Convention convention;
  private final StatusCodes codes;

  ConventionAnswers(Convention convention, StatusCodes codes) {
    this.convention = convention;
    this.codes = codes;
  }

  /** An error the framework raised with {@code status}. */
  ErrorAnswer framework(int status, String name, String meaning) {
    String detail =
        status >= 500 ? convention.internalDetail() : MetaConvention.frameworkErrorDetail(status);
    return new ErrorAnswer(
        convention.frameworkStatus(status),
        convention.frameworkCode(status, codes),
        convention.frameworkMessage(status, detail, codes),
        detail,
        Optional.empty(),
        meaning,
        name);
  }

  /** Input that does not validate: {@code attribute} is at fault with {@code problem}. */
  ErrorAnswer invalid(String attribute, String problem, String name, String meaning) {
    return invalid(
        convention.invalidDetail(attribute, problem), Optional.of(attribute), meaning, name);
  }

  /** A body the JSON library cannot read at all. */
  ErrorAnswer unreadable(LibraryException.Kind kind, String name) {
    return invalid(
        UnreadableBodies.message(kind),
        convention.unreadableAttribute(),
        kind == LibraryException.Kind.JSON_LIMITS
            ? "the body is past a limit of the JSON reader"
            : "the body is not JSON",
        name);
  }

  private ErrorAnswer invalid(
      String detail, Optional<String> attribute, String meaning, String name) {
    return new ErrorAnswer(
        convention.invalidStatus(),
        convention.invalidCode(codes),
        convention.invalidMessage(detail, codes),
        detail,
        attribute,
        meaning,
        name);
  }

  /** A declared exception. */
  ErrorAnswer declared(ErrorDeclaration declaration) {
    String message = convention.declaredMessage(declaration, codes);
    return new ErrorAnswer(
        convention.declaredStatus(declaration),
        convention.declaredCode(declaration, codes),
        message,
        declaration.detail().isEmpty() ? message : declaration.detail(),
        Optional.empty(),
        meaningOf(declaration),
        String.join("_", declaration.exception().simpleNames()));
  }

  /** Any other exception: it answers as the framework's own 500. */
  ErrorAnswer internal() {
    return framework(500, INTERNAL_NAME, INTERNAL_MEANING);
  }

  /** What a page's position out of bounds says, before its largest value. */
  String positionProblem() {
    return convention.positionProblem();
  }

  /** What a page's size out of bounds says, before its largest value. */
  String limitProblem() {
    return convention.limitProblem();
  }

  /** The meaning of a declaration, for the catalog. */
  private static String meaningOf(ErrorDeclaration declaration) {
    String thrown = "thrown " + declaration.exception().simpleName();
    if (!declaration.detail().isEmpty()) {
      return thrown + ": " + declaration.detail();
    }
    // An @ApiError's own message is written for clients and shown; the example cannot know it.
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? thrown + ", saying its own message"
        : thrown;
  }
}
