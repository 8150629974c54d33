package dev.envelopes.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Jackson's annotations that change what databind writes, read by qualified name so that the
 * processor does not depend on Jackson. Jackson 2 and 3 share {@code com.fasterxml.jackson
 * .annotation}; only databind's own {@code @JsonSerialize} moved.
 */
final class JacksonAnnotations {

  private static final String PACKAGE = "com.fasterxml.jackson.annotation.";

  static final String PROPERTY = KnownTypes.JSON_PROPERTY;
  static final String GETTER = PACKAGE + "JsonGetter";
  static final String IGNORE = PACKAGE + "JsonIgnore";
  static final String IGNORE_PROPERTIES = PACKAGE + "JsonIgnoreProperties";
  static final String IGNORE_TYPE = PACKAGE + "JsonIgnoreType";
  static final String INCLUDE = PACKAGE + "JsonInclude";
  static final String PROPERTY_ORDER = PACKAGE + "JsonPropertyOrder";
  static final String VALUE = PACKAGE + "JsonValue";
  static final String ANY_GETTER = PACKAGE + "JsonAnyGetter";
  static final String RAW_VALUE = PACKAGE + "JsonRawValue";
  static final String UNWRAPPED = PACKAGE + "JsonUnwrapped";
  static final String BACK_REFERENCE = PACKAGE + "JsonBackReference";
  static final String FORMAT = PACKAGE + "JsonFormat";

  /** databind's {@code @JsonSerialize}, in Jackson 2 and in Jackson 3. */
  static final List<String> SERIALIZE =
      List.of(
          "com.fasterxml.jackson.databind.annotation.JsonSerialize",
          "tools.jackson.databind.annotation.JsonSerialize");

  private JacksonAnnotations() {}

  /** The value named {@code name} as the source gives it; empty when it is left to its default. */
  static Optional<Object> explicit(AnnotationMirror annotation, String name) {
    for (var entry : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue().getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code element} carries {@code qualifiedName} switched on: a marker whose {@code value}
   * is {@code true} unless the source says {@code false}, such as {@code @JsonIgnore}.
   */
  static boolean marks(Element element, String qualifiedName) {
    return Annotations.find(element, qualifiedName)
        .map(annotation -> !Boolean.FALSE.equals(explicit(annotation, "value").orElse(true)))
        .orElse(false);
  }

  /** The {@code @JsonProperty}, or a getter's {@code @JsonGetter}, on {@code element}. */
  static Optional<AnnotationMirror> naming(Element element) {
    return Annotations.find(element, PROPERTY).or(() -> Annotations.find(element, GETTER));
  }

  /** The key {@code @JsonProperty} or {@code @JsonGetter} gives {@code element}, if not empty. */
  static Optional<String> rename(Element element) {
    return naming(element)
        .flatMap(annotation -> explicit(annotation, "value"))
        .map(String.class::cast)
        .filter(name -> !name.isEmpty());
  }

  /**
   * Whether {@code @JsonProperty(access = WRITE_ONLY)} keeps {@code element} out of what is
   * written.
   */
  static boolean writeOnly(Element element) {
    return Annotations.find(element, PROPERTY)
        .flatMap(annotation -> constant(annotation, "access"))
        .filter("WRITE_ONLY"::equals)
        .isPresent();
  }

  /** The name of the enum constant given as {@code name}, such as {@code NON_NULL}. */
  static Optional<String> constant(AnnotationMirror annotation, String name) {
    return explicit(annotation, name)
        .filter(VariableElement.class::isInstance)
        .map(constant -> ((VariableElement) constant).getSimpleName().toString());
  }

  /** The strings given as {@code name}, a {@code String[]}. */
  static List<String> strings(AnnotationMirror annotation, String name) {
    Object value = explicit(annotation, name).orElse(List.of());
    if (!(value instanceof List<?> values)) {
      return List.of((String) value);
    }
    return values.stream().map(each -> (String) ((AnnotationValue) each).getValue()).toList();
  }

  /** Whether {@code element} names a serializer of its own with {@code @JsonSerialize(using)}. */
  static boolean hasOwnSerializer(Element element) {
    return SERIALIZE.stream()
        .flatMap(name -> Annotations.find(element, name).stream())
        .anyMatch(annotation -> explicit(annotation, "using").isPresent());
  }

  /** The {@code shape} of {@code @JsonFormat} on {@code element}, if it gives one. */
  static Optional<String> shape(Element element) {
    return Annotations.find(element, FORMAT).flatMap(annotation -> constant(annotation, "shape"));
  }
}
