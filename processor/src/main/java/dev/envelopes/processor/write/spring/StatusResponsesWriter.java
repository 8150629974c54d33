package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.StatusFailureAnswers;
import dev.envelopes.processor.write.UndeclaredErrors;
import dev.envelopes.processor.write.json.StatusSupportRecords;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code StatusResponses} for Spring MVC: the {@code failure} and {@code error} answers of
 * the status envelope as {@code ResponseEntity}s, for the exception handler and the paging checks,
 * and the {@code Location} of a created resource. The Jakarta REST binding's class of the same name
 * does the same with JAX-RS types.
 */
final class StatusResponsesWriter {

  private StatusResponsesWriter() {}

  static TypeSpec render(GeneratedNames names) {
    return ResponsesMembers.responsesClass(names.statusResponses())
        .addJavadoc(
            """
Builds the answers of the status envelope on Spring MVC: {@link $T} for input that does not
validate, {@link $T} for every other error, and the {@code Location} of the answers.

<p>Every answer is a {@code ResponseEntity} or a response whose {@code Content-Type} is set to
JSON: Spring then writes it as JSON whatever the request accepts, as the style answers.
""",
            names.statusFailure(),
            names.statusError())
        .addField(ErrorMessages.internalErrorMessage(StatusConvention.INTERNAL_ERROR_MESSAGE))
        .addMethod(ResponsesMembers.answer())
        .addMethods(errors(names))
        .addMethods(
            StatusFailureAnswers.methods(
                names,
                SpringTypes.ANSWER,
                (status, body) ->
                    CodeBlock.of(
                        "return $T.status($L).contentType($T.APPLICATION_JSON)$W.body($L)",
                        SpringTypes.RESPONSE_ENTITY,
                        status,
                        SpringTypes.MEDIA_TYPE,
                        body)))
        .addMethod(violations(names))
        .addMethods(UndeclaredErrors.status(SpringTypes.ANSWER, fromFramework()))
        .addMethod(ResponsesMembers.locationOf(names))
        .build();
  }

  private static MethodSpec fromFramework() {
    return ResponsesMembers.fromFramework(
            """
The {@code error} answer to an error Spring raised, such as a 404 for a path no handler matches:
its status and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
""")
        .addStatement(
            "return error(statusCode.value(), frameworkMessage(statusCode.value()), null,"
                + " headers)")
        .build();
  }

  /** {@code error(status, message, code)}, and with Spring's headers. */
  private static List<MethodSpec> errors(GeneratedNames names) {
    return ResponsesMembers.errors(
        ErrorMethod.status(),
        CodeBlock.builder()
            .addStatement(
                "return"
                    + " $T.status(status).headers(headers).contentType($T.APPLICATION_JSON)$W.body(new"
                    + " $T($S, message, $T.of(), code))",
                SpringTypes.RESPONSE_ENTITY,
                SpringTypes.MEDIA_TYPE,
                names.statusError(),
                "error",
                List.class)
            .build());
  }

  private static MethodSpec violations(GeneratedNames names) {
    return ResponsesMembers.violations(
            """
A 422 {@code failure} for values that do not validate: one entry per field, with its messages in
order.
""")
        .addStatement(
            "$T errors = new $T<>()", StatusSupportRecords.attributeList(names), ArrayList.class)
        .addStatement(
            "messages.forEach((field, problems) -> errors.add(new $T(field,"
                + " $T.copyOf(problems))))",
            names.statusAttributeErrors(),
            List.class)
        .addStatement("return failure($S, errors, null)", StatusConvention.FAILURE_MESSAGE)
        .build();
  }
}
