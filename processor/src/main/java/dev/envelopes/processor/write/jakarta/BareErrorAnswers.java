package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.RuntimeTypes;

/**
 * The exception mapper's answers in the bare style: {@code {errorCode, errorMessage}} with one of
 * the document's codes and its status, and one message that names each invalid field.
 */
final class BareErrorAnswers extends CodedErrorAnswers {

  BareErrorAnswers(MapperContext context, BareConvention bare) {
    super(context, bare, "bare", "a bare 500", "");
  }

  @Override
  String describe(ErrorDeclaration declaration) {
    return "; in the bare style " + status(declaration) + " " + code(declaration);
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
            statusAndCode())
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
            "$T.error(400, $S, $S)",
            responses(),
            BareConvention.VALIDATION_ERROR,
            UnreadableBodies.WRONG_SHAPE),
        CodeBlock.of(
            "$T.error(400, $S, field + $S + problem)",
            responses(),
            BareConvention.VALIDATION_ERROR,
            ": "));
  }
}
