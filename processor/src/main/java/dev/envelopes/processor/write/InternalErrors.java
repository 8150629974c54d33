package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.plan.StatusTable;

/**
 * The {@code internalError()} of every style's builder of answers, in either binding: the 500 that
 * says nothing about its cause, in the style's body, built by the class's own {@code error}.
 */
public final class InternalErrors {

  private InternalErrors() {}

  /** The meta envelope's, with the status table's 500 and a detail that says nothing. */
  public static MethodSpec meta(TypeName answer, StatusTable statuses) {
    return method(
        answer, CodeBlock.of("return error($L, INTERNAL_ERROR_DETAIL)", statuses.constant(500)));
  }

  /** The bare style's; {@code answer} is the framework's type of a response. */
  public static MethodSpec bare(TypeName answer) {
    return method(
        answer, CodeBlock.of("return error(500, $S, INTERNAL_ERROR_MESSAGE)", "INTERNAL_ERROR"));
  }

  /** The status envelope's, an error without a code. */
  public static MethodSpec status(TypeName answer) {
    return method(answer, CodeBlock.of("return error(500, INTERNAL_ERROR_MESSAGE, null)"));
  }

  /** The vendor style's, one error about no attribute. */
  public static MethodSpec vendor(TypeName answer) {
    return method(
        answer,
        CodeBlock.of(
            "return error(500, $S, INTERNAL_ERROR_MESSAGE, null)",
            VendorConvention.INTERNAL_ERROR_CODE));
  }

  /** {@code internalError()}, which returns the {@code answer} that {@code statement} builds. */
  private static MethodSpec method(TypeName answer, CodeBlock statement) {
    return Members.publicStatic("internalError", answer)
        .addJavadoc(
            """
A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
""")
        .addStatement(statement)
        .build();
  }
}
