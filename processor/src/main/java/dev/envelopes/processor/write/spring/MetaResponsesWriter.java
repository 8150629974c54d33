package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.InternalErrors;
import dev.envelopes.processor.write.MetaErrorBodies;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code MetaResponses} for Spring MVC: the error answers of the meta envelope as {@code
 * ResponseEntity}s, for the exception handler and the paging checks, and the {@code Location} of a
 * created resource. The Jakarta REST binding's class of the same name does the same with JAX-RS
 * types.
 */
final class MetaResponsesWriter {

  private MetaResponsesWriter() {}

  static TypeSpec render(GeneratedNames names, StatusTable statuses) {
    return ResponsesMembers.responsesClass(names.responses())
        .addJavadoc(
            """
Builds the responses of the meta envelope on Spring MVC: the errors of the exception handler and
of the paging checks, and the {@code Location} of the answers.

<p>Every answer is a {@code ResponseEntity} or a response whose {@code Content-Type} is set to
JSON: Spring then writes it as JSON whatever the request accepts, as the style answers.
""")
        .addField(MetaErrorBodies.internalErrorDetail())
        .addMethod(ResponsesMembers.answer())
        .addMethods(errors(names))
        .addMethod(violations(names, statuses))
        .addMethod(MetaErrorBodies.bounded(names))
        .addMethod(MetaErrorBodies.detailError(names, SpringTypes.ANSWER))
        .addMethod(InternalErrors.meta(SpringTypes.ANSWER, statuses))
        .addMethod(fromFramework(names))
        .addMethod(MetaErrorBodies.messageOf(names.status()))
        .addMethod(ResponsesMembers.locationOf(names))
        .addMethod(MetaErrorBodies.frameworkDetail(names.status()))
        .build();
  }

  /** {@code error(status, problems)}, and with Spring's headers. */
  private static List<MethodSpec> errors(GeneratedNames names) {
    return ResponsesMembers.errors(
        ErrorMethod.meta(names),
        CodeBlock.builder()
            .add(MetaErrorBodies.envelope(names))
            .addStatement(
                "return"
                    + " $T.status(status.statusCode()).headers(headers)$W.contentType($T.APPLICATION_JSON).body(envelope)",
                SpringTypes.RESPONSE_ENTITY,
                SpringTypes.MEDIA_TYPE)
            .build());
  }

  private static MethodSpec violations(GeneratedNames names, StatusTable statuses) {
    return ResponsesMembers.violations(
            """
A 400 for values that do not validate: one problem per field, its messages joined in order.
""")
        .addStatement(
            "$T problems = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), names.fieldError()),
            ArrayList.class)
        .beginControlFlow("$L", FieldMessageTypes.EACH_FIELD)
        .addStatement(
            "problems.add(new $T(field.getKey(), $T.join($S, field.getValue())))",
            names.fieldError(),
            String.class,
            "; ")
        .endControlFlow()
        .addStatement("return error($L, problems)", statuses.constant(400))
        .build();
  }

  private static MethodSpec fromFramework(GeneratedNames names) {
    return ResponsesMembers.fromFramework(
            """
The envelope of an error Spring raised, such as a 404 for a path no handler matches: its status
and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
""")
        .addStatement(
            "$T known = $T.resolve(statusCode.value())",
            SpringTypes.HTTP_STATUS,
            SpringTypes.HTTP_STATUS)
        .addStatement(
            "$T status = $T.of(statusCode.value(), known == null ? $S : known.getReasonPhrase())",
            names.status(),
            names.status(),
            "Unknown")
        .addStatement(
            "return error(status, $T.of(new $T(null, frameworkDetail(status))), headers)",
            List.class,
            names.fieldError())
        .build();
  }
}
