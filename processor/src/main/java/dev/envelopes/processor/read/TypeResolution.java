package dev.envelopes.processor.read;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Tells types that exist from types the compiler could not resolve yet, which another processor may
 * still generate in a later round.
 */
final class TypeResolution {

  private TypeResolution() {}

  /** Whether {@code type} and every type it mentions exist. */
  static boolean isResolved(TypeMirror type) {
    return !mentions(type, TypeKind.ERROR);
  }

  /**
   * Whether every superclass of {@code type} exists: until then, what the class is, such as whether
   * it is an exception, cannot be told.
   */
  static boolean superclassesResolved(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      superclass = ((TypeElement) ((DeclaredType) superclass).asElement()).getSuperclass();
    }
    return superclass.getKind() != TypeKind.ERROR;
  }

  /** Whether {@code type} mentions a type variable anywhere. */
  static boolean mentionsTypeVariable(TypeMirror type) {
    return mentions(type, TypeKind.TYPEVAR);
  }

  /** Whether {@code type}, or a type it mentions at any depth, is of {@code kind}. */
  private static boolean mentions(TypeMirror type, TypeKind kind) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == kind) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return mentions(array.getComponentType(), kind);
    }
    if (type instanceof WildcardType wildcard) {
      return mentions(wildcard.getExtendsBound(), kind)
          || mentions(wildcard.getSuperBound(), kind);
    }
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (mentions(argument, kind)) {
          return true;
        }
      }
    }
    return false;
  }
}
