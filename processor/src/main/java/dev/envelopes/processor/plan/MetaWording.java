package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.PagingProblems;
import dev.envelopes.processor.model.ErrorDeclaration;
import java.util.Optional;

/**
 * The meta envelope's errors: the API's code of the status and its message, and what {@code
 * detailed} says.
 */
final class MetaWording extends ErrorAnswers.Wording {

  private final StatusTable statuses;

  MetaWording(StatusTable statuses) {
    this.statuses = statuses;
  }

  @Override
  ErrorAnswer framework(int status, String name, String meaning) {
    StatusTable.Row row = statuses.rowOf(status);
    return new ErrorAnswer(
        status,
        String.valueOf(row.code()),
        row.message(),
        frameworkMessage(status, MetaConvention.INTERNAL_ERROR_DETAIL),
        Optional.empty(),
        meaning,
        name);
  }

  @Override
  int invalidStatus() {
    return 400;
  }

  @Override
  String invalidCode() {
    return String.valueOf(statuses.rowOf(400).code());
  }

  @Override
  String invalidMessage(String detail) {
    return statuses.rowOf(400).message();
  }

  @Override
  String codeOf(ErrorDeclaration declaration) {
    return String.valueOf(
        declaration.hasOwnCode() ? declaration.code() : statuses.rowOf(declaration.status()).code());
  }

  @Override
  ErrorAnswer declared(ErrorDeclaration declaration) {
    String message =
        declaration.hasOwnCode()
            ? declaration.message()
            : statuses.rowOf(declaration.status()).message();
    return new ErrorAnswer(
        declaration.status(),
        codeOf(declaration),
        message,
        messageOf(declaration, message),
        Optional.empty(),
        meaningOf(declaration),
        nameOf(declaration));
  }

  @Override
  String positionProblem() {
    return PagingProblems.META_OFFSET;
  }

  @Override
  String limitProblem() {
    return PagingProblems.META_LIMIT;
  }

  @Override
  String internalCode() {
    return String.valueOf(statuses.rowOf(500).code());
  }

  @Override
  String internalMessage() {
    return statuses.rowOf(500).message();
  }

  @Override
  ErrorAnswer internal() {
    ErrorAnswer internal = super.internal();
    return new ErrorAnswer(
        internal.status(),
        internal.code(),
        internal.message(),
        MetaConvention.INTERNAL_ERROR_DETAIL,
        internal.attribute(),
        internal.meaning(),
        internal.name());
  }
}
