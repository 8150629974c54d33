package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.StatusErrorBodies;
import java.util.List;

/**
 * The exception mapper's answers in the status envelope: a 422 {@code failure} for input that does
 * not validate, naming each attribute at fault, and an {@code error} with its status otherwise.
 */
final class StatusErrorAnswers extends ErrorAnswers {

  StatusErrorAnswers(MapperContext context, StatusConvention status) {
    super(context, status, "status", "a status envelope 500");
  }

  /** A declared exception: a failure when it is a 422, else an error. */
  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return StatusErrorBodies.declared(declaration, responses());
  }

  @Override
  String describe(ErrorDeclaration declaration) {
    return "; in the status envelope "
        + (StatusErrorBodies.isFailure(declaration) ? "a failure" : "an error");
  }

  @Override
  CodeBlock violationArguments(ErrorLink link) {
    return CodeBlock.of("");
  }

  @Override
  CodeBlock unreadable(ErrorLink link, String message) {
    return failure(message);
  }

  @Override
  MethodSpec violations(ClassName exception) {
    return collectingViolations(
            """
Answers validation failures with a 422 {@code failure}: one entry per field, with its messages
in order. A violation of a return value is the server's fault and answers 500.
""",
            exception)
        .addStatement(SupportMembers.newList("errors", context.names().statusAttributeErrors()))
        .beginControlFlow("$L", FieldMessageTypes.EACH_FIELD)
        .addStatement(
            "errors.add(new $T(field.getKey(), $T.copyOf(field.getValue())))",
            context.names().statusAttributeErrors(),
            List.class)
        .endControlFlow()
        .addStatement(
            "return $T.failure($S, errors, null)", responses(), StatusConvention.FAILURE_MESSAGE)
        .build();
  }

  @Override
  MethodSpec jsonMapping(ClassName exception) {
    return jsonMapping(
        """
Answers JSON that does not fit the expected type with a 422 {@code failure} naming the field. A
failure to write the answer, or a type that cannot be read at all, is the server's fault and
answers 500.
""",
        exception,
        failure(UnreadableBodies.WRONG_SHAPE),
        CodeBlock.of("$T.failure(field, problem)", responses()));
  }

  /** A failure about no single attribute. */
  private CodeBlock failure(String message) {
    return CodeBlock.of("$T.failure($S, $T.of(), null)", responses(), message, List.class);
  }
}
