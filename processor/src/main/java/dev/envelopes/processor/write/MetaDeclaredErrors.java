package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.plan.StatusTable;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a declared exception answers in the meta envelope, in every binding: the status row it
 * states, and what {@code detailed} says.
 */
public final class MetaDeclaredErrors {

  private MetaDeclaredErrors() {}

  /**
   * The constant of each exception declared with a code of its own, such as {@code TASK_NOT_FOUND},
   * a row of the status table {@code status}.
   */
  public static List<FieldSpec> ownCodes(ExceptionPlan plan, ClassName status) {
    List<FieldSpec> constants = new ArrayList<>();
    plan.ownCodes()
        .forEach(
            (declaration, constant) ->
                constants.add(
                    FieldSpec.builder(
                            status, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The code of {@link $T}.\n", declaration.exception())
                        .initializer(
                            "new $T($L, $S, $L, $L)",
                            status,
                            declaration.status(),
                            ReasonPhrases.of(declaration.status()),
                            declaration.code(),
                            JavaStrings.of(declaration.message()))
                        .build()));
    return constants;
  }

  /** The status row of a declared exception: its own code's constant, else its status's. */
  public static CodeBlock statusOf(
      ErrorDeclaration declaration, ExceptionPlan plan, StatusTable statuses) {
    return declaration.hasOwnCode()
        ? CodeBlock.of("$L", plan.ownCodes().get(declaration))
        : statuses.constant(declaration.status());
  }

  /**
   * What {@code detailed} says for a declared exception, {@code exception} in the generated code:
   * the declaration's fixed detail; else an {@code @ApiError}'s message, written for clients, and
   * the message of its status ({@code status}) for a {@code @MapException}, whose message is never
   * shown. {@code responses} is the class with {@code messageOf}.
   */
  public static CodeBlock detailOf(
      ErrorDeclaration declaration, CodeBlock status, ClassName responses) {
    if (!declaration.detail().isEmpty()) {
      return JavaStrings.of(declaration.detail());
    }
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? CodeBlock.of("$T.messageOf(exception, $L)", responses, status)
        : CodeBlock.of("$L.message()", status);
  }
}
