package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import java.util.Optional;

/**
 * The status envelope's errors: a {@code failure} (422) for input that does not validate, an
 * {@code error} for the rest; {@code code} only where a declaration gives one.
 */
final class StatusWording extends ErrorAnswers.Wording {

  @Override
  ErrorAnswer framework(int status, String name, String meaning) {
    String message = frameworkMessage(status, StatusConvention.INTERNAL_ERROR_MESSAGE);
    return new ErrorAnswer(status, "", message, message, Optional.empty(), meaning, name);
  }

  @Override
  int invalidStatus() {
    return StatusConvention.FAILURE_STATUS;
  }

  @Override
  String invalidCode() {
    return "";
  }

  @Override
  String invalidMessage(String detail) {
    return StatusConvention.FAILURE_MESSAGE;
  }

  @Override
  Optional<String> unreadableAttribute() {
    return Optional.of(ParameterModel.BODY);
  }

  @Override
  String codeOf(ErrorDeclaration declaration) {
    return declaration.errorCode();
  }

  @Override
  String internalCode() {
    return "";
  }

  @Override
  String internalMessage() {
    return StatusConvention.INTERNAL_ERROR_MESSAGE;
  }
}
