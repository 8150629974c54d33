package dev.envelopes.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Facts about where a class sits in its hierarchy. */
public final class Hierarchy {

  private Hierarchy() {}

  /** How many superclasses a class has: a subclass always has more than its superclass. */
  static int depthOf(TypeElement type) {
    int depth = 0;
    TypeMirror superclass = type.getSuperclass();
    while (superclass instanceof DeclaredType declared) {
      depth++;
      superclass = ((TypeElement) declared.asElement()).getSuperclass();
    }
    return depth;
  }

  /**
   * {@code type} and every supertype of it, each once, nearest first: its superclasses and the
   * interfaces of any of them. A framework that reads annotations on supertypes finds them there.
   */
  public static List<TypeElement> withSupertypes(TypeElement type) {
    List<TypeElement> found = new ArrayList<>();
    List<TypeMirror> pending = new ArrayList<>(List.of(type.asType()));
    while (!pending.isEmpty()) {
      if (pending.remove(0) instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement supertype
          && !found.contains(supertype)) {
        found.add(supertype);
        pending.add(supertype.getSuperclass());
        pending.addAll(supertype.getInterfaces());
      }
    }
    return found;
  }

  /** {@code type} and its superclasses, nearest first, without {@code java.lang.Object}. */
  static List<TypeElement> classesUpTo(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement current = type; current != null; ) {
      if (current.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      classes.add(current);
      current =
          current.getSuperclass() instanceof DeclaredType declared
              ? (TypeElement) declared.asElement()
              : null;
    }
    return classes;
  }
}
