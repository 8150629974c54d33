package dev.envelopes.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a fact of the model was read from, so that a diagnostic about it can point at the user's
 * source as precisely as the compiler allows: the element, and within it the annotation and the
 * annotation value, when there is one.
 *
 * @param element the element the fact belongs to
 * @param annotation the annotation that states it, or {@code null}
 * @param value the annotation value that states it, or {@code null}
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** A fact read from the element itself. */
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  /** A fact read from an annotation on the element. */
  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  /**
   * This origin narrowed to the value named {@code name} of its annotation, when the source gives
   * that value; otherwise this origin, since a default value has no position of its own.
   */
  public Origin valueNamed(String name) {
    if (annotation == null) {
      return this;
    }
    for (var entry : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return new Origin(element, annotation, entry.getValue());
      }
    }
    return this;
  }
}
