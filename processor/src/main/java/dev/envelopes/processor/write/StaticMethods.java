package dev.envelopes.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * Starts a static method of a generated class: its name, its visibility, what it returns and its
 * javadoc (a JavaPoet format, with {@code args}); the caller adds its parameters and its body.
 */
public final class StaticMethods {

  private StaticMethods() {}

  /** A public static method {@code name} returning {@code returns}. */
  public static MethodSpec.Builder publicStatic(
      String name, TypeName returns, String javadoc, Object... args) {
    return start(name, Modifier.PUBLIC, returns, javadoc, args);
  }

  /** A private static method {@code name} returning {@code returns}. */
  public static MethodSpec.Builder privateStatic(
      String name, TypeName returns, String javadoc, Object... args) {
    return start(name, Modifier.PRIVATE, returns, javadoc, args);
  }

  private static MethodSpec.Builder start(
      String name, Modifier visibility, TypeName returns, String javadoc, Object... args) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(visibility, Modifier.STATIC)
        .returns(returns)
        .addJavadoc(javadoc, args);
  }
}
