package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * The {@code internalError()} of every style's builder of answers, in either binding: the 500 that
 * says nothing about its cause, whatever the style's body.
 */
public final class InternalErrors {

  private InternalErrors() {}

  /**
   * {@code internalError()}, which returns the {@code answer}, the framework's type, that {@code
   * statement} builds.
   */
  public static MethodSpec method(TypeName answer, CodeBlock statement) {
    return MethodSpec.methodBuilder("internalError")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(answer)
        .addJavadoc(
            "A 500 that says nothing about its cause: no message, class or stack trace reaches the"
                + " client.\n")
        .addStatement(statement)
        .build();
  }
}
