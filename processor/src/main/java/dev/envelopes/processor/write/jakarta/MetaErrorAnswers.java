package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.MetaDeclaredErrors;
import java.util.List;

/**
 * The exception mapper's answers in the meta envelope: a status of the API's table (or the
 * exception's own code), and {@code detailed} with the exception's message or each invalid field.
 */
final class MetaErrorAnswers extends ErrorAnswers {

  MetaErrorAnswers(MapperContext context, MetaConvention meta) {
    super(context, meta, "", "a 500");
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L,$W$L)", responses(), statusOf(declaration), detailOf(declaration));
  }

  @Override
  CodeBlock violationArguments(ErrorLink link) {
    return CodeBlock.of(", $L", badRequest(link));
  }

  @Override
  CodeBlock unreadable(ErrorLink link, String message) {
    return CodeBlock.of("$T.error($L,$W$S)", responses(), badRequest(link), message);
  }

  @Override
  MethodSpec violations(ClassName exception) {
    return collectingViolations(
            """
Answers validation failures with one entry per field, its messages in order and joined. A
violation of a return value is the server's fault and answers 500.
""",
            exception,
            ParameterSpec.builder(context.names().status(), "status").build())
        .addStatement(SupportMembers.newList("problems", context.names().fieldError()))
        .beginControlFlow("$L", FieldMessageTypes.EACH_FIELD)
        .addStatement(
            "problems.add(new $T(field.getKey(), $T.join($S, field.getValue())))",
            context.names().fieldError(),
            String.class,
            "; ")
        .endControlFlow()
        .addStatement("return $T.error(status, problems)", responses())
        .build();
  }

  @Override
  MethodSpec jsonMapping(ClassName exception) {
    return jsonMapping(
        """
Answers JSON that does not fit the expected type with a 400 naming the field. A failure to write
the answer, or a type that cannot be read at all, is the server's fault and answers 500.
""",
        exception,
        CodeBlock.of(
            "$T.error($L, $S)",
            responses(),
            context.statuses().constant(400),
            UnreadableBodies.WRONG_SHAPE),
        CodeBlock.of(
            "$T.error($L, $T.of(new $T(field, problem)))",
            responses(),
            context.statuses().constant(400),
            List.class,
            context.names().fieldError()));
  }

  /** The status of a library exception's 400: a declaration's, else the table's. */
  private CodeBlock badRequest(ErrorLink link) {
    return link.declaration().map(this::statusOf).orElse(context.statuses().constant(400));
  }

  /** The status row of a declared exception: its own code's constant, else its status's. */
  private CodeBlock statusOf(ErrorDeclaration declaration) {
    return MetaDeclaredErrors.statusOf(declaration, context.plan(), context.statuses());
  }

  /** What {@code detailed} says for a declared exception. */
  private CodeBlock detailOf(ErrorDeclaration declaration) {
    return MetaDeclaredErrors.detailOf(declaration, statusOf(declaration), responses());
  }
}
