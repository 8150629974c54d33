package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The vendor style's errors: one error object with its code, plus the style's own checks: the
 * query, the version, the parameters validation requires.
 */
final class VendorWording extends ErrorAnswers.Wording {

  private final Optional<VendorDeclaration> vendor;

  VendorWording(ApiPlan plan) {
    this.vendor = plan.api().declaration().flatMap(ApiDeclaration::vendor);
  }

  @Override
  ErrorAnswer framework(int status, String name, String meaning) {
    String message = frameworkMessage(status, VendorConvention.INTERNAL_ERROR_MESSAGE);
    return new ErrorAnswer(
        status,
        VendorConvention.frameworkCodeOf(status),
        message,
        message,
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
    return VendorConvention.INVALID_ATTRIBUTE;
  }

  @Override
  String detailOf(String attribute, String problem) {
    return attribute + " " + problem;
  }

  @Override
  String codeOf(ErrorDeclaration declaration) {
    return VendorConvention.codeOf(declaration);
  }

  @Override
  String internalCode() {
    return VendorConvention.INTERNAL_ERROR_CODE;
  }

  @Override
  String internalMessage() {
    return VendorConvention.INTERNAL_ERROR_MESSAGE;
  }

  /**
   * What the version filter answers a request for another version, in the path (404) or in
   * {@code Accept} (406): it reads every request of the application, whatever its style.
   */
  List<ErrorAnswer> versionRefusals() {
    String version = vendor.map(declared -> String.valueOf(declared.version() + 1)).orElse("3");
    String message =
        VendorConvention.UNSUPPORTED_VERSION_PREFIX
            + version
            + vendor.map(VendorConvention::unsupportedVersionSuffix).orElse(" is not supported.");
    return List.of(
        answer(404, VendorConvention.UNSUPPORTED_VERSION, message, Optional.empty(),
            "another version asked for in the path", "unsupported_version_path"),
        answer(406, VendorConvention.UNSUPPORTED_VERSION, message, Optional.empty(),
            "another version asked for in Accept", "unsupported_version_accept"));
  }

  @Override
  List<ErrorAnswer> ownAnswers(EndpointPlan endpoint) {
    List<ErrorAnswer> answers = new ArrayList<>(versionRefusals());
    answers.add(
        answer(400, VendorConvention.UNSUPPORTED_PARAM, "param is not supported: foo",
            Optional.of("foo"), "a query parameter the method does not take", "unsupported_param"));
    if (!endpoint.endpoint().parameters().isEmpty()) {
      answers.add(
          answer(400, VendorConvention.MISSING_PARAM,
              VendorConvention.MISSING_PARAM_MESSAGE + ErrorAnswers.SOME_FIELD,
              Optional.of(ErrorAnswers.SOME_FIELD),
              "a value validation requires is missing", "missing_param"));
    }
    endpoint
        .queryCheck()
        .ifPresent(
            check -> {
              if (!check.views().isEmpty()) {
                answers.add(
                    invalid(VendorConvention.VIEW,
                        "must be given at most once, as one of: " + String.join(", ", check.views()),
                        "view", "a view the method does not offer"));
              }
              if (!check.includes().isEmpty()) {
                answers.add(
                    invalid(VendorConvention.INCLUDE,
                        "must name related records of: " + String.join(", ", check.includes()),
                        "include", "related records the method cannot side-load"));
              }
            });
    return answers;
  }

  private static ErrorAnswer answer(
      int status, String code, String message, Optional<String> attribute, String meaning,
      String name) {
    return new ErrorAnswer(status, code, message, message, attribute, meaning, name);
  }
}
