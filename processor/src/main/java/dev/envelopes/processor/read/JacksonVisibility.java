package dev.envelopes.processor.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Which fields and getters databind finds without {@code @JsonProperty}: the public ones, unless
 * the class's, or a supertype's, {@code @JsonAutoDetect} says otherwise.
 */
final class JacksonVisibility {

  private static final String AUTO_DETECT = "com.fasterxml.jackson.annotation.JsonAutoDetect";

  private final String fields;
  private final String getters;
  private final String isGetters;

  private JacksonVisibility(String fields, String getters, String isGetters) {
    this.fields = fields;
    this.getters = getters;
    this.isGetters = isGetters;
  }

  /** The visibility the nearest {@code @JsonAutoDetect} among {@code supertypes} sets. */
  static JacksonVisibility of(List<TypeElement> supertypes) {
    Optional<AnnotationMirror> detect =
        supertypes.stream()
            .flatMap(type -> Annotations.find(type, AUTO_DETECT).stream())
            .findFirst();
    return new JacksonVisibility(
        level(detect, "fieldVisibility"),
        level(detect, "getterVisibility"),
        level(detect, "isGetterVisibility"));
  }

  /** Whether databind finds {@code field} on its own. */
  boolean seesField(Element field) {
    return sees(fields, field.getModifiers());
  }

  /** Whether databind finds a getter named {@code get...}, or {@code is...} if {@code isGetter}. */
  boolean seesGetter(Element method, boolean isGetter) {
    return sees(isGetter ? isGetters : getters, method.getModifiers());
  }

  private static String level(Optional<AnnotationMirror> detect, String name) {
    return detect
        .flatMap(annotation -> JacksonAnnotations.constant(annotation, name))
        .orElse("DEFAULT");
  }

  private static boolean sees(String level, Set<Modifier> modifiers) {
    return switch (level) {
      case "ANY" -> true;
      case "NON_PRIVATE" -> !modifiers.contains(Modifier.PRIVATE);
      case "PROTECTED_AND_PUBLIC" ->
          modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED);
      case "NONE" -> false;
      default -> modifiers.contains(Modifier.PUBLIC); // PUBLIC_ONLY, and databind's default.
    };
  }
}
