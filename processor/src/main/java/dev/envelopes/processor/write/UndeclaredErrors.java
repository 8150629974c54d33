package dev.envelopes.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import java.util.List;

/**
 * What every style's builder of answers ends with, in either binding: its answers to the errors no
 * one declared, the 500 and the framework's own errors (the binding's {@code fromFramework}, of
 * type {@code answer}), and the messages they say, in the key the style's body says them in.
 */
public final class UndeclaredErrors {

  private UndeclaredErrors() {}

  /** The bare style's, whose body says its message as {@code errorMessage}. */
  public static List<MethodSpec> bare(TypeName answer, MethodSpec fromFramework) {
    return methods(InternalErrors.bare(answer), fromFramework, BareConvention.ERROR.errorMessage());
  }

  /** The status envelope's. */
  public static List<MethodSpec> status(TypeName answer, MethodSpec fromFramework) {
    return methods(InternalErrors.status(answer), fromFramework, StatusConvention.ANSWER.message());
  }

  /** The vendor style's. */
  public static List<MethodSpec> vendor(TypeName answer, MethodSpec fromFramework) {
    return methods(InternalErrors.vendor(answer), fromFramework, VendorConvention.DETAIL.message());
  }

  private static List<MethodSpec> methods(
      MethodSpec internalError, MethodSpec fromFramework, String messageKey) {
    return List.of(
        internalError,
        fromFramework,
        ErrorMessages.messageOf(),
        ErrorMessages.frameworkMessage(messageKey));
  }
}
