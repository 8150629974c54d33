package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.BareFrameworkErrors;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.UndeclaredErrors;

/**
 * Renders the Spring MVC {@code BareResponses}: a handler method's value as it is, written as JSON,
 * a 204 where there is nothing to answer, and {@code BareError} with one of the document's codes on
 * error, as the Jakarta REST {@code BareResponses} answers them.
 */
final class BareResponsesWriter {

  private BareResponsesWriter() {}

  static TypeSpec render(GeneratedNames names) {
    return ResponsesMembers.responsesClass(names.bareResponses())
        .addJavadoc(
            """
Builds the answers of the bare style on Spring MVC: a handler method's value as it is on success,
and {@link $T} on error. Every answer that has a body is a {@code ResponseEntity} or a
response whose {@code Content-Type} is set to JSON: Spring then writes it as JSON whatever
the request accepts, as the style answers.
""",
            names.bareError())
        .addField(ErrorMessages.internalErrorMessage(BareConvention.INTERNAL_ERROR_MESSAGE))
        .addMethod(ResponsesMembers.answer())
        .addMethod(
            Members.publicStatic("answerNoContent", ClassName.OBJECT)
                .addJavadoc(
                    """
Answers 204 No Content, without a body or a {@code Content-Type}: the query found nothing.
""")
                .addParameter(SpringTypes.RESPONSE, "response")
                .addStatement("response.setStatus(204)")
                .addStatement("return null")
                .build())
        .addMethods(
            ResponsesMembers.errors(
                ErrorMethod.bare(),
                CodeBlock.builder()
                    .addStatement(
                        "return"
                            + " $T.status(status).headers(headers)$W.contentType($T.APPLICATION_JSON).body(new"
                            + " $T(code, message))",
                        SpringTypes.RESPONSE_ENTITY,
                        SpringTypes.MEDIA_TYPE,
                        names.bareError())
                    .build()))
        .addMethods(UndeclaredErrors.bare(SpringTypes.ANSWER, fromFramework()))
        .build();
  }

  /** Answers Spring's own errors with the document's codes and their statuses. */
  private static MethodSpec fromFramework() {
    return ResponsesMembers.fromFramework(
            """
The answer to an error Spring raised, such as a 404 for a path no handler matches: the document's
code for its status, with that code's status, and Spring's headers (such as {@code Allow} on a
405); its message is not shown.
""")
        .addStatement("int raised = statusCode.value()")
        .addCode(BareFrameworkErrors.statusAndCode(CodeBlock.of("raised")))
        .addStatement("return error(status, code, frameworkMessage(raised), headers)")
        .build();
  }
}
