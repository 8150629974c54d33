package dev.envelopes.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Optional;

/** Which casts of generated code the compiler cannot check, and so must be suppressed. */
public final class Casts {

  /** {@code Optional<?>}, as a method's optional result is read. */
  public static final ParameterizedTypeName OPTIONAL_OF_ANY = ofAny(ClassName.get(Optional.class));

  /** {@code Page<?>}, as a paged method's result is read. */
  public static final ParameterizedTypeName PAGE_OF_ANY = ofAny(RuntimeTypes.PAGE);

  /** {@code Related<?>}, as a vendor method's result with related records is read. */
  public static final ParameterizedTypeName RELATED_OF_ANY = ofAny(RuntimeTypes.RELATED);

  private Casts() {}

  /** {@code raw<?>}: a type a cast from {@code Object} to is checked. */
  public static ParameterizedTypeName ofAny(ClassName raw) {
    return ParameterizedTypeName.get(raw, WildcardTypeName.subtypeOf(Object.class));
  }

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
