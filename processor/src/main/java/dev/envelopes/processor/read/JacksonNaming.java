package dev.envelopes.processor.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A class's {@code @JsonNaming}: the strategy databind renames its keys with, where
 * {@code @JsonProperty} does not name them. Only databind's own strategies are known, by their
 * simple names, which Jackson 2's {@code PropertyNamingStrategies} and Jackson 3's {@code
 * PropertyNamingStrategies} share; the texts follow their {@code translate} methods.
 */
final class JacksonNaming {

  private static final List<String> JSON_NAMING =
      List.of(
          "com.fasterxml.jackson.databind.annotation.JsonNaming",
          "tools.jackson.databind.annotation.JsonNaming");

  private JacksonNaming() {}

  /** How the nearest {@code @JsonNaming} among {@code supertypes} renames a key; as is if none. */
  static UnaryOperator<String> of(List<TypeElement> supertypes) {
    Optional<String> strategy =
        supertypes.stream()
            .flatMap(type -> JSON_NAMING.stream().flatMap(n -> Annotations.find(type, n).stream()))
            .findFirst()
            .flatMap(annotation -> JacksonAnnotations.explicit(annotation, "value"))
            .filter(DeclaredType.class::isInstance)
            .map(type -> ((DeclaredType) type).asElement().getSimpleName().toString());
    return switch (strategy.orElse("")) {
      case "SnakeCaseStrategy" -> JacksonNaming::snakeCase;
      case "UpperSnakeCaseStrategy" -> name -> snakeCase(name).toUpperCase(Locale.ROOT);
      case "KebabCaseStrategy" -> name -> withSeparator(name, '-');
      case "LowerDotCaseStrategy" -> name -> withSeparator(name, '.');
      case "LowerCaseStrategy" -> name -> name.toLowerCase(Locale.ROOT);
      case "UpperCamelCaseStrategy" ->
          name -> name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
      default -> UnaryOperator.identity();
    };
  }

  /** {@code userName} as {@code user_name}; a run of capitals is one word. */
  private static String snakeCase(String name) {
    StringBuilder result = new StringBuilder(name.length() * 2);
    boolean previousTranslated = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0 && c == '_') {
        continue;
      }
      if (Character.isUpperCase(c)) {
        if (!previousTranslated
            && result.length() > 0
            && result.charAt(result.length() - 1) != '_') {
          result.append('_');
        }
        c = Character.toLowerCase(c);
        previousTranslated = true;
      } else {
        previousTranslated = false;
      }
      result.append(c);
    }
    return result.length() > 0 ? result.toString() : name;
  }

  /** {@code userName} as {@code user-name}; the last capital of a run starts the next word. */
  private static String withSeparator(String name, char separator) {
    StringBuilder result = new StringBuilder(name.length() + (name.length() >> 1));
    int capitals = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char lower = Character.toLowerCase(c);
      if (lower == c) {
        if (capitals > 1) {
          result.insert(result.length() - 1, separator);
        }
        capitals = 0;
      } else {
        if (capitals == 0 && i > 0) {
          result.append(separator);
        }
        capitals++;
      }
      result.append(lower);
    }
    return result.toString();
  }
}
