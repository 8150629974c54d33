package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import java.util.Optional;

/** The bare style's errors: {@code {errorCode, errorMessage}}, with the document's statuses. */
final class BareWording extends ErrorAnswers.Wording {

  @Override
  ErrorAnswer framework(int status, String name, String meaning) {
    BareConvention.FrameworkAnswer answer = BareConvention.frameworkAnswerOf(status);
    String message = frameworkMessage(status, BareConvention.INTERNAL_ERROR_MESSAGE);
    return new ErrorAnswer(
        answer.status(), answer.code(), message, message, Optional.empty(), meaning, name);
  }

  @Override
  int invalidStatus() {
    return 400;
  }

  @Override
  String invalidCode() {
    return BareConvention.VALIDATION_ERROR;
  }

  @Override
  String detailOf(String attribute, String problem) {
    return attribute + ": " + problem;
  }

  @Override
  int statusOf(ErrorDeclaration declaration) {
    return BareConvention.statusOf(declaration);
  }

  @Override
  String codeOf(ErrorDeclaration declaration) {
    return BareConvention.codeOf(declaration);
  }

  @Override
  String internalCode() {
    return BareConvention.frameworkAnswerOf(500).code();
  }

  @Override
  String internalMessage() {
    return BareConvention.INTERNAL_ERROR_MESSAGE;
  }
}
