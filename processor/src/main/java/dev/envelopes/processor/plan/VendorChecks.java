package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the vendor style's own checks answer, beyond every style's errors: its version filter, its
 * check of the query, and the parameters validation requires.
 */
final class VendorChecks {

  private VendorChecks() {}

  /**
   * What the version filter answers a request for another version, in the path (404) or in {@code
   * Accept} (406), of the requests it takes: those whose path is the vendor style's, or every
   * request where the API answers in no other style ({@link ApiPlan#versionFilterTakes}).
   */
  static List<ErrorAnswer> versionRefusals(ApiPlan plan) {
    Optional<VendorDeclaration> vendor = plan.api().declaration().flatMap(ApiDeclaration::vendor);
    String version = vendor.map(declared -> String.valueOf(declared.version() + 1)).orElse("3");
    String message =
        VendorConvention.UNSUPPORTED_VERSION_PREFIX
            + version
            + vendor.map(VendorConvention::unsupportedVersionSuffix).orElse(" is not supported.");
    return List.of(
        answer(
            404,
            VendorConvention.UNSUPPORTED_VERSION,
            message,
            Optional.empty(),
            "another version asked for in the path",
            "unsupported_version_path"),
        answer(
            406,
            VendorConvention.UNSUPPORTED_VERSION,
            message,
            Optional.empty(),
            "another version asked for in Accept",
            "unsupported_version_accept"));
  }

  /**
   * The errors of the vendor style's checks of {@code endpoint}'s query and parameters, worded by
   * {@code words}; its version filter's are {@link #versionRefusals}, where it takes the endpoint's
   * requests.
   */
  static List<ErrorAnswer> of(EndpointPlan endpoint, ConventionAnswers words) {
    List<ErrorAnswer> answers = new ArrayList<>();
    answers.add(
        answer(
            400,
            VendorConvention.UNSUPPORTED_PARAM,
            "param is not supported: foo",
            Optional.of("foo"),
            "a query parameter the method does not take",
            "unsupported_param"));
    if (!endpoint.endpoint().parameters().isEmpty()) {
      answers.add(
          answer(
              400,
              VendorConvention.MISSING_PARAM,
              VendorConvention.MISSING_PARAM_MESSAGE + ErrorAnswers.SOME_FIELD,
              Optional.of(ErrorAnswers.SOME_FIELD),
              "a value validation requires is missing",
              "missing_param"));
    }
    endpoint
        .queryCheck()
        .ifPresent(
            check -> {
              if (!check.views().isEmpty()) {
                answers.add(
                    words.invalid(
                        VendorConvention.VIEW,
                        "must be given at most once, as one of: "
                            + String.join(", ", check.views()),
                        "view",
                        "a view the method does not offer"));
              }
              if (!check.includes().isEmpty()) {
                answers.add(
                    words.invalid(
                        VendorConvention.INCLUDE,
                        "must name related records of: " + String.join(", ", check.includes()),
                        "include",
                        "related records the method cannot side-load"));
              }
            });
    return answers;
  }

  private static ErrorAnswer answer(
      int status,
      String code,
      String message,
      Optional<String> attribute,
      String meaning,
      String name) {
    return new ErrorAnswer(status, code, message, message, attribute, meaning, name);
  }
}
