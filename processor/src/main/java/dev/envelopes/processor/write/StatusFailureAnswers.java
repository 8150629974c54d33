package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The status envelope's {@code failure} answers, as every binding's {@code StatusResponses} has
 * them: the 422 that lists the attributes at fault, within their bounds, and the failure about one
 * attribute. Only how the framework answers JSON differs, which the binding passes in.
 */
public final class StatusFailureAnswers {

  private StatusFailureAnswers() {}

  /**
   * {@code failure(message, errors, code)}, {@code bounded(errors)} and {@code failure(attribute,
   * message)}, of type {@code answer}; {@code jsonAnswer} is the binding's statement that returns a
   * JSON answer from its status and body, as code.
   */
  public static List<MethodSpec> methods(
      GeneratedNames names, TypeName answer, BiFunction<Object, CodeBlock, CodeBlock> jsonAnswer) {
    CodeBlock failure =
        CodeBlock.of("new $T($S, listed, message, listed, code)", names.statusFailure(), "failure");
    return List.of(
        StatusErrorBodies.failure(names, answer)
            .addStatement(jsonAnswer.apply(StatusConvention.FAILURE_STATUS, failure))
            .build(),
        StatusErrorBodies.bounded(names),
        StatusErrorBodies.oneAttributeFailure(names, answer));
  }
}
