package dev.envelopes.processor.read;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Style;
import dev.envelopes.processor.convention.Conventions;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Finds the {@link Style} an element answers in: the nearest {@code @EnvelopeStyle} on it, on an
 * enclosing class or on its package, and {@link #unstyled()} without one.
 */
final class StyleReader {

  static final String ENVELOPE_STYLE = EnvelopeStyle.class.getCanonicalName();

  private StyleReader() {}

  /** The style of what no {@code @EnvelopeStyle} reaches: the default convention's. */
  static Style unstyled() {
    return Conventions.byDefault().style();
  }

  /** The style of {@code element}, looking outwards from it up to its package. */
  static Style styleOf(Element element) {
    for (Element scope = element; scope != null; scope = scope.getEnclosingElement()) {
      Optional<Style> declared = declaredOn(scope);
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    return unstyled();
  }

  /**
   * The style of {@code method} as a resource method of {@code resource}: its own, else that of the
   * resource class, which may differ from the class that declares it.
   */
  static Style styleOf(Element method, Element resource) {
    return declaredOn(method).orElseGet(() -> styleOf(resource));
  }

  /**
   * The style of {@code method} as a resource method of the sub-resource {@code subResource}: its
   * own, else that of the sub-resource class or a class enclosing it, else {@code located}, the
   * style of the locator that returns the sub-resource.
   */
  static Style styleOf(Element method, TypeElement subResource, Style located) {
    return declaredOn(method).orElseGet(() -> styleOf(subResource, located));
  }

  /**
   * The style of the sub-resource {@code subResource}: that of its class or a class enclosing it,
   * else {@code located}, the style of the locator that returns it.
   */
  static Style styleOf(TypeElement subResource, Style located) {
    for (Element scope = subResource;
        scope instanceof TypeElement;
        scope = scope.getEnclosingElement()) {
      Optional<Style> declared = declaredOn(scope);
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    return located;
  }

  private static Optional<Style> declaredOn(Element element) {
    return Annotations.find(element, ENVELOPE_STYLE)
        .flatMap(annotation -> annotation.getElementValues().values().stream().findFirst())
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(constant -> Style.valueOf(((VariableElement) constant).getSimpleName().toString()));
  }
}
