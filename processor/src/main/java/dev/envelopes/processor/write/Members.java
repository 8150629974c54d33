package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Type;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The shapes of generated classes and their members that every binding writes alike: a final
 * generated class and a support class, the private constructor of a class of static methods, its
 * {@code public static} methods and {@code private static} helpers, its private records.
 */
public final class Members {

  private Members() {}

  /** The public final generated class {@code self}, the shape of every support class. */
  public static TypeSpec.Builder supportClass(ClassName self) {
    return finalClass(self).addModifiers(Modifier.PUBLIC);
  }

  /** The final generated class {@code self}, seen by the API's package unless made public. */
  public static TypeSpec.Builder finalClass(ClassName self) {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        .addAnnotation(SourceFiles.generated());
  }

  /** The private constructor of a class that only holds static methods. */
  public static MethodSpec privateConstructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build();
  }

  /** The public constructor that takes {@code name}, a {@code type}, and keeps it in its field. */
  public static MethodSpec keepingConstructor(TypeName type, String name) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(type, name)
        .addStatement("this.$N = $N", name, name)
        .build();
  }

  /** A {@code public static} method named {@code name}. */
  public static MethodSpec.Builder publicStatic(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
  }

  /** A {@code public static} method named {@code name} that returns a {@code returns}. */
  public static MethodSpec.Builder publicStatic(String name, TypeName returns) {
    return publicStatic(name).returns(returns);
  }

  /** A {@code public static} method named {@code name} that returns a {@code returns}. */
  public static MethodSpec.Builder publicStatic(String name, Type returns) {
    return publicStatic(name).returns(returns);
  }

  /**
   * A {@code public static} method named {@code name} that returns a {@code returns}, described by
   * {@code javadoc} (a JavaPoet format, with {@code args}).
   */
  public static MethodSpec.Builder publicStatic(
      String name, TypeName returns, String javadoc, Object... args) {
    return publicStatic(name, returns).addJavadoc(javadoc, args);
  }

  /**
   * The private record {@code name}, described by {@code javadoc} (its {@code @param} lines
   * included), whose components are {@code types} and {@code names} in order.
   */
  public static TypeSpec privateRecord(
      ClassName name, String javadoc, List<TypeName> types, List<String> names) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (int i = 0; i < types.size(); i++) {
      components.addParameter(types.get(i), names.get(i));
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(javadoc)
        .recordConstructor(components.build())
        .build();
  }

  /** The public method {@code name} that implements or overrides its supertype's. */
  public static MethodSpec.Builder publicOverride(String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
  }

  /** A {@code private static} helper named {@code name}. */
  public static MethodSpec.Builder privateStatic(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
  }

  /**
   * A {@code private static} helper named {@code name} that returns a {@code returns}, described by
   * {@code javadoc} (a JavaPoet format, with {@code args}).
   */
  public static MethodSpec.Builder privateStatic(
      String name, TypeName returns, String javadoc, Object... args) {
    return privateStatic(name).returns(returns).addJavadoc(javadoc, args);
  }
}
