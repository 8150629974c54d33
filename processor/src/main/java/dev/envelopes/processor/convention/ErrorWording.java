package dev.envelopes.processor.convention;

import dev.envelopes.processor.model.ErrorDeclaration;
import java.util.Optional;

/**
 * How a convention words each kind of error it answers: input that does not validate, an error the
 * framework raised, a declared exception, any other exception. Each answer has a status, a code
 * (empty where the style has none), a message and a detail; {@code codes} are the API's own, which
 * the meta envelope answers with. By default invalid input answers 400 with its problem as its
 * message, a declaration its status with its reason phrase or fixed detail, and the others their
 * detail as their message.
 */
public interface ErrorWording {

  /**
   * What a 500 says unless the style's document words it: the exception's details go to the log.
   */
  String LOGGED_FAILURE = "The server could not complete the request; the failure has been logged.";

  /** The status of the answer to input that does not validate. */
  default int invalidStatus() {
    return 400;
  }

  /**
   * The code of the answer to input that does not validate: by default the code of the framework's
   * own refusal with {@link #invalidStatus}.
   */
  default String invalidCode(StatusCodes codes) {
    return frameworkCode(invalidStatus(), codes);
  }

  /** The message of the answer to invalid input whose detail is {@code detail}. */
  default String invalidMessage(String detail, StatusCodes codes) {
    return detail;
  }

  /** What the answer to invalid input says of {@code attribute} at fault with {@code problem}. */
  default String invalidDetail(String attribute, String problem) {
    return problem;
  }

  /** The attribute the answer to a body that cannot be read names. */
  default Optional<String> unreadableAttribute() {
    return Optional.empty();
  }

  /** What a page's position out of bounds says, before its largest value. */
  default String positionProblem() {
    return PagingProblems.FROM_ONE;
  }

  /** What a page's size out of bounds says, before its largest value. */
  default String limitProblem() {
    return PagingProblems.FROM_ONE;
  }

  /** The status of the answer to an error the framework raised with {@code raised}. */
  default int frameworkStatus(int raised) {
    return raised;
  }

  /** The code of the answer to an error the framework raised with {@code raised}. */
  String frameworkCode(int raised, StatusCodes codes);

  /** The message of the answer to an error the framework raised, whose detail is {@code detail}. */
  default String frameworkMessage(int raised, String detail, StatusCodes codes) {
    return detail;
  }

  /** The status of a declared exception's answer. */
  default int declaredStatus(ErrorDeclaration declaration) {
    return declaration.status();
  }

  /** The code of a declared exception's answer. */
  String declaredCode(ErrorDeclaration declaration, StatusCodes codes);

  /**
   * The message of a declared exception's answer: its fixed detail, else its status's reason phrase
   * (in an example, where an {@code @ApiError}'s own message stands at run time).
   */
  default String declaredMessage(ErrorDeclaration declaration, StatusCodes codes) {
    return declaration.detail().isEmpty()
        ? ReasonPhrases.of(declaration.status())
        : declaration.detail();
  }

  /**
   * The detail of a 500, and of any error the framework raised with 500 or above: any other
   * exception answers as the framework's own 500.
   */
  default String internalDetail() {
    return LOGGED_FAILURE;
  }
}
