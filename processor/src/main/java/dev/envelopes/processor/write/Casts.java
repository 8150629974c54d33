package dev.envelopes.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;

/** Which casts of generated code the compiler cannot check, and so must be suppressed. */
public final class Casts {

  private Casts() {}

  /**
   * Whether a cast from {@code Object} to {@code type} is unchecked: a parameterized type whose
   * arguments are not all {@code ?}, or an array of one.
   */
  public static boolean isUnchecked(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isUnchecked(array.componentType());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      for (TypeName argument : parameterized.typeArguments()) {
        if (!(argument instanceof WildcardTypeName wildcard)
            || !wildcard.upperBounds().equals(List.of(ClassName.OBJECT))
            || !wildcard.lowerBounds().isEmpty()) {
          return true;
        }
      }
      return parameterized.enclosingType() != null && isUnchecked(parameterized.enclosingType());
    }
    return false;
  }
}
