package dev.envelopes.processor.validate;

import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ResponseCodeRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the code table and the exception declarations, each alone and against each other. */
final class ErrorValidator {

  private final Reporter reporter;

  /** Classes whose mapping would answer every failure, the server's own bugs among them. */
  private static final Set<String> CATCH_ALL =
      Set.of(
          "java.lang.Throwable",
          "java.lang.Exception",
          "java.lang.RuntimeException",
          "java.lang.Error");

  /** The shape of an error code: a word of letters, digits and underscores. */
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private final Map<Integer, String> messagesByCode = new HashMap<>();

  ErrorValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  void validateCodeTable(List<ResponseCodeRow> rows) {
    Set<Integer> statuses = new HashSet<>();
    for (ResponseCodeRow row : rows) {
      if (row.status() < 100 || row.status() > 599) {
        reporter.error(
            Diagnostic.RESPONSE_CODE_STATUS_OUT_OF_RANGE,
            row.origin().valueNamed("status"),
            row.status());
      } else if (!statuses.add(row.status())) {
        reporter.error(Diagnostic.RESPONSE_CODE_STATUS_TWICE, row.origin(), row.status());
      } else if (row.message().isBlank()) {
        reporter.error(
            Diagnostic.RESPONSE_CODE_EMPTY_MESSAGE,
            row.origin().valueNamed("message"),
            row.status(),
            row.code());
      } else if (row.code() < 0) {
        reporter.error(
            Diagnostic.CODE_NEGATIVE, row.origin().valueNamed("code"), "@ResponseCode", row.code());
      } else {
        checkOneMessagePerCode(row.code(), row.message(), row.origin());
      }
    }
  }

  /**
   * Checks each exception's declaration.
   *
   * @param apiPackage where the exception mapper that names every declared exception is generated,
   *     if the API has a package
   */
  void validateDeclarations(List<ErrorDeclaration> declarations, Optional<String> apiPackage) {
    Map<String, ErrorDeclaration> byException = new HashMap<>();
    for (ErrorDeclaration declaration : declarations) {
      String annotation = annotationOf(declaration);
      String exception = declaration.exception().simpleName();
      ErrorDeclaration earlier =
          byException.putIfAbsent(declaration.exception().canonicalName(), declaration);
      if (earlier != null) {
        reporter.error(
            Diagnostic.EXCEPTION_DECLARED_TWICE,
            declaration.origin(),
            exception,
            annotationOf(earlier),
            annotation);
      } else if (declaration.source() == ErrorDeclaration.Source.MAP_EXCEPTION
          && CATCH_ALL.contains(declaration.exception().canonicalName())) {
        reporter.error(
            Diagnostic.MAP_EXCEPTION_CATCHES_ALL,
            declaration.origin().valueNamed("value"),
            exception);
      } else if (!declaration.throwable()) {
        reporter.error(Diagnostic.API_ERROR_NOT_THROWABLE, declaration.origin(), exception);
      } else if (apiPackage.isPresent() && !declaration.reach().from(apiPackage.get())) {
        reporter.error(
            Diagnostic.ERROR_CLASS_HIDDEN_FROM_MAPPER,
            declaration.origin(),
            declaration.exception().canonicalName(),
            declaration.reach().describe(),
            apiPackage.get().isEmpty() ? "the unnamed package" : "package " + apiPackage.get());
      } else if (declaration.status() < 400 || declaration.status() > 599) {
        reporter.error(
            Diagnostic.ERROR_STATUS_OUT_OF_RANGE,
            declaration.origin().valueNamed("status"),
            annotation,
            declaration.status(),
            exception);
      } else if (declaration.code() < ErrorDeclaration.STATUS_CODE) {
        reporter.error(
            Diagnostic.CODE_NEGATIVE,
            declaration.origin().valueNamed("code"),
            annotation,
            declaration.code());
      } else if (declaration.hasOwnCode() && declaration.message().isBlank()) {
        reporter.error(
            Diagnostic.ERROR_CODE_WITHOUT_MESSAGE,
            declaration.origin().valueNamed("code"),
            annotation,
            exception,
            declaration.code());
      } else if (!declaration.hasOwnCode() && !declaration.message().isEmpty()) {
        reporter.error(
            Diagnostic.ERROR_MESSAGE_WITHOUT_CODE,
            declaration.origin().valueNamed("message"),
            annotation,
            exception);
      } else if (!declaration.errorCode().isEmpty()
          && !ERROR_CODE.matcher(declaration.errorCode()).matches()) {
        reporter.error(
            Diagnostic.ERROR_CODE_MALFORMED,
            declaration.origin().valueNamed("errorCode"),
            annotation,
            exception,
            declaration.errorCode());
      } else if (declaration.hasOwnCode()) {
        checkOneMessagePerCode(declaration.code(), declaration.message(), declaration.origin());
      }
    }
  }

  private void checkOneMessagePerCode(int code, String message, Origin origin) {
    String earlier = messagesByCode.putIfAbsent(code, message);
    if (earlier != null && !earlier.equals(message)) {
      reporter.error(
          Diagnostic.CODE_WITH_TWO_MESSAGES, origin.valueNamed("message"), code, earlier, message);
    }
  }

  private static String annotationOf(ErrorDeclaration declaration) {
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? "@ApiError"
        : "@MapException";
  }
}
