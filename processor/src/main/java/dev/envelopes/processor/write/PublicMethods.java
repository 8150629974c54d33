package dev.envelopes.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * The head of a {@code public static} method of a generated class of static methods, such as a
 * builder of answers, which either binding's support classes are made of.
 */
public final class PublicMethods {

  private PublicMethods() {}

  /** A {@code public static} method named {@code name} that returns a {@code returns}. */
  public static MethodSpec.Builder publicStatic(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns);
  }
}
