package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.RuntimeTypes;

/**
 * The exception mapper's answers in the bare style: {@code {errorCode, errorMessage}} with one of
 * the document's codes and its status, and one message that names each invalid field.
 */
final class BareErrorAnswers extends ErrorAnswers {

  /** The code of every failure of the request's input. */
  private static final String VALIDATION_ERROR = "VALIDATION_ERROR";

  BareErrorAnswers(MapperContext context, BareConvention bare) {
    super(context, bare, context.names().bareResponses(), "bare", "a bare 500");
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L, $S,$W$L)",
        responses(),
        BareConvention.statusOf(declaration),
        BareConvention.codeOf(declaration),
        messageOf(declaration));
  }

  @Override
  String describe(ErrorDeclaration declaration) {
    return "; in the bare style "
        + BareConvention.statusOf(declaration)
        + " "
        + BareConvention.codeOf(declaration);
  }

  @Override
  CodeBlock violationArguments(ErrorLink link) {
    return CodeBlock.of(", $L, $S", status(link), code(link));
  }

  @Override
  CodeBlock unreadable(ErrorLink link, String message) {
    return CodeBlock.of("$T.error($L, $S,$W$S)", responses(), status(link), code(link), message);
  }

  @Override
  MethodSpec violations(ClassName exception) {
    return collectingViolations(
            """
Answers validation failures in the bare style: one message that names each field with its
messages, such as {@code fullName: must not be blank}. A violation of a return value is
the server's fault and answers 500.
""",
            exception,
            ParameterSpec.builder(TypeName.INT, "status").build(),
            ParameterSpec.builder(String.class, "code").build())
        .addStatement(
            "return $T.error(status, code, $T.inOneSentence(messages))",
            responses(),
            RuntimeTypes.FIELD_MESSAGES)
        .build();
  }

  @Override
  MethodSpec jsonMapping(ClassName exception) {
    return jsonMapping(
        """
Answers JSON that does not fit the expected type with a bare 400 naming the field. A failure to
write the answer, or a type that cannot be read at all, is the server's fault and answers 500.
""",
        exception,
        CodeBlock.of(
            "$T.error(400, $S, $S)", responses(), VALIDATION_ERROR, UnreadableBodies.WRONG_SHAPE),
        CodeBlock.of(
            "$T.error(400, $S, field + $S + problem)", responses(), VALIDATION_ERROR, ": "));
  }

  /** The status of a library exception's answer: a declaration's, else 400. */
  private static int status(ErrorLink link) {
    return link.declaration().map(BareConvention::statusOf).orElse(400);
  }

  /** The code of a library exception's answer: a declaration's, else a validation error. */
  private static String code(ErrorLink link) {
    return link.declaration().map(BareConvention::codeOf).orElse(VALIDATION_ERROR);
  }
}
