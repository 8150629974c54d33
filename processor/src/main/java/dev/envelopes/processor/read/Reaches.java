package dev.envelopes.processor.read;

import dev.envelopes.processor.model.HiddenType;
import dev.envelopes.processor.model.Reach;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/** Works out from where generated code may name the user's types. */
final class Reaches {

  private Reaches() {}

  /** How far {@code type} reaches: its own modifiers and those of every type enclosing it. */
  static Reach of(TypeElement type, Elements elements) {
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    Reach.Kind kind = Reach.Kind.EVERYWHERE;
    for (Element enclosing = type;
        enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        return new Reach(Reach.Kind.NOWHERE, packageName);
      }
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        kind = Reach.Kind.OWN_PACKAGE;
      }
    }
    return new Reach(kind, packageName);
  }

  /**
   * The first type mentioned in {@code type}, itself or in its type arguments, array components and
   * wildcard bounds, that code generated into {@code packageName} cannot name.
   */
  static Optional<HiddenType> firstHidden(TypeMirror type, String packageName, Elements elements) {
    if (type instanceof ArrayType array) {
      return firstHidden(array.getComponentType(), packageName, elements);
    }
    if (type instanceof WildcardType wildcard) {
      TypeMirror bound =
          wildcard.getExtendsBound() != null
              ? wildcard.getExtendsBound()
              : wildcard.getSuperBound();
      return bound == null ? Optional.empty() : firstHidden(bound, packageName, elements);
    }
    if (!(type instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    Reach reach = of(element, elements);
    if (!reach.from(packageName)) {
      return Optional.of(new HiddenType(element.getQualifiedName().toString(), reach));
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      Optional<HiddenType> hidden = firstHidden(argument, packageName, elements);
      if (hidden.isPresent()) {
        return hidden;
      }
    }
    return Optional.empty();
  }
}
