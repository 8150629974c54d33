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

  /** The status of the answer to input that does not validate. */
  default int invalidStatus() {
    return 400;
  }

  /** The code of the answer to input that does not validate. */
  String invalidCode(StatusCodes codes);

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

  /** The code of a 500. */
  String internalCode(StatusCodes codes);

  /** The message of a 500. */
  default String internalMessage(StatusCodes codes) {
    return internalDetail();
  }

  /** The detail of a 500, and of an error the framework raised with 500 or above. */
  String internalDetail();
}
