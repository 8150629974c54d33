package dev.envelopes.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors, by the qualified name of their type, so that the processor never
 * needs the user's annotation classes on its own classpath.
 */
public final class Annotations {

  /** How javac prints an annotation value it could not attribute. */
  private static final String ERROR_VALUE = "<error>";

  private final Elements elements;

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} directly on {@code element}, if there is one. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (nameOf(annotation).equals(qualifiedName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /**
   * The annotation of type {@code metaName} on the type of one of {@code element}'s annotations, if
   * there is one: the {@code @HttpMethod("GET")} that {@code @GET} carries.
   */
  public static Optional<AnnotationMirror> findMeta(Element element, String metaName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Optional<AnnotationMirror> meta = find(annotation.getAnnotationType().asElement(), metaName);
      if (meta.isPresent()) {
        return meta;
      }
    }
    return Optional.empty();
  }

  /** The qualified name of an annotation's type. */
  public static String nameOf(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The value of {@code name}, given in the source or by default. */
  public AnnotationValue value(AnnotationMirror annotation, String name) {
    for (var entry : elements.getElementValuesWithDefaults(annotation).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(nameOf(annotation) + " has no value named " + name);
  }

  public int intValue(AnnotationMirror annotation, String name) {
    return (Integer) value(annotation, name).getValue();
  }

  public long longValue(AnnotationMirror annotation, String name) {
    return (Long) value(annotation, name).getValue();
  }

  public String stringValue(AnnotationMirror annotation, String name) {
    return (String) value(annotation, name).getValue();
  }

  /** The strings of an array value, such as {@code @Views({"a", "b"})}. */
  public List<String> stringsValue(AnnotationMirror annotation, String name) {
    Object value = value(annotation, name).getValue();
    if (!(value instanceof List<?> values)) {
      return List.of((String) value);
    }
    return values.stream().map(element -> (String) ((AnnotationValue) element).getValue()).toList();
  }

  public TypeMirror typeValue(AnnotationMirror annotation, String name) {
    return (TypeMirror) value(annotation, name).getValue();
  }

  /**
   * The annotations of type {@code qualifiedName} on {@code element}, whether written once or
   * repeated inside their container {@code containerName}.
   */
  public static List<AnnotationMirror> findRepeated(
      Element element, String qualifiedName, String containerName) {
    var found = new ArrayList<AnnotationMirror>();
    find(element, qualifiedName).ifPresent(found::add);
    find(element, containerName)
        .ifPresent(
            container -> {
              for (var entry : container.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")) {
                  @SuppressWarnings("unchecked") // the value of a container annotation is an array
                  var values = (List<? extends AnnotationValue>) entry.getValue().getValue();
                  for (AnnotationValue value : values) {
                    found.add((AnnotationMirror) value.getValue());
                  }
                }
              }
            });
    return found;
  }

  /**
   * Whether every value given to {@code annotation} could be attributed. A value that names what
   * does not exist yet, such as a constant of a class another processor has still to generate, is
   * javac's {@code <error>}: its value is that text, but unlike a string constant it does not print
   * in quotes.
   */
  public static boolean isResolved(AnnotationMirror annotation) {
    for (AnnotationValue value : annotation.getElementValues().values()) {
      if (!isResolved(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isResolved(AnnotationValue value) {
    Object content = value.getValue();
    if (content instanceof List<?> values) {
      return values.stream().allMatch(element -> isResolved((AnnotationValue) element));
    }
    if (content instanceof AnnotationMirror nested) {
      return isResolved(nested);
    }
    if (content instanceof TypeMirror type) {
      return TypeResolution.isResolved(type);
    }
    return !(content instanceof String && value.toString().equals(ERROR_VALUE));
  }

  /** Whether {@code type} is the declared type {@code qualifiedName}, ignoring type arguments. */
  public static boolean isType(TypeMirror type, String qualifiedName) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
