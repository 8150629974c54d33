package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.model.ErrorDeclaration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the message helpers that the styles with a plain text message share, in every binding:
 * the message of one of the API's own exceptions, and the fixed message of a framework error.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  /**
   * {@code LOG} and {@code INTERNAL_ERROR_MESSAGE}, the fields of the responses class of every
   * style whose 500 says {@code message}.
   */
  public static List<FieldSpec> logAndInternalErrorMessage(ClassName self, String message) {
    return List.of(log(self), internalErrorMessage(message));
  }

  /** {@code INTERNAL_ERROR_MESSAGE}, what a 500 says: {@code message}. */
  public static FieldSpec internalErrorMessage(String message) {
    return FieldSpec.builder(
            String.class,
            "INTERNAL_ERROR_MESSAGE",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("What a 500 says, whatever its cause: the cause goes to the log.\n")
        .initializer("$S", message)
        .build();
  }

  /** {@code LOG}, the logger of the generated class {@code self}, named after it. */
  public static FieldSpec log(ClassName self) {
    return FieldSpec.builder(
            ClassName.get(System.Logger.class),
            "LOG",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.getLogger($T.class.getName())", System.class, self)
        .build();
  }

  /** {@code messageOf(exception, fallback)}: the exception's message, or the fallback. */
  public static MethodSpec messageOf() {
    return messageOf(
        TypeName.get(String.class),
        "fallback",
        "fallback",
        "{@code fallback} when it\nhas none, or when reading it fails.\n");
  }

  /**
   * {@code messageOf(exception, <parameter>)}: the exception's message, cleaned and bounded, or
   * {@code fallback}, an expression of the parameter, when it has none or reading it fails; {@code
   * otherwise} ends the javadoc's sentence that says so.
   */
  public static MethodSpec messageOf(
      TypeName type, String parameter, String fallback, String otherwise) {
    return MetaErrorBodies.messageOf(type, parameter, fallback, otherwise);
  }

  /**
   * {@code frameworkMessage(status)}: a fixed sentence per status, never the framework's own
   * message; {@code key} names the JSON key it fills, for the javadoc.
   */
  public static MethodSpec frameworkMessage(String key) {
    return MetaErrorBodies.frameworkSentence(
        "frameworkMessage",
        CodeBlock.of("What {@code $L} says about an error of the framework's.\n", key),
        TypeName.INT,
        "status",
        CodeBlock.of(
            "status >= 500 ? INTERNAL_ERROR_MESSAGE : $S",
            MetaConvention.OTHER_FRAMEWORK_ERROR_DETAIL));
  }

  /**
   * The message of a declared exception in the conventions that show one, as code: its fixed
   * detail, else its own message for an {@code @ApiError} (through {@code responses.messageOf}),
   * else the reason phrase of its status.
   */
  public static CodeBlock declaredMessage(ErrorDeclaration declaration, ClassName responses) {
    if (!declaration.detail().isEmpty()) {
      return JavaStrings.of(declaration.detail());
    }
    String fallback = ReasonPhrases.of(declaration.status());
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? CodeBlock.of("$T.messageOf(exception, $S)", responses, fallback)
        : CodeBlock.of("$S", fallback);
  }
}
