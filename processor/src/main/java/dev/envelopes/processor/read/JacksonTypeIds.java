package dev.envelopes.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A polymorphic type's {@code @JsonTypeInfo}, on the class or a supertype: the id of the value's
 * class that databind writes with it. What the value's class adds to the keys only run time knows;
 * the schema describes the declared type's keys, with the id's key first, where databind puts it.
 */
final class JacksonTypeIds {

  private static final String TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";

  private JacksonTypeIds() {}

  /** The key the id is written under, inside the object, if it is written there. */
  static Optional<String> keyOf(List<TypeElement> supertypes) {
    Optional<AnnotationMirror> info = typeInfo(supertypes);
    String use = info.flatMap(a -> JacksonAnnotations.constant(a, "use")).orElse("NONE");
    String include =
        info.flatMap(a -> JacksonAnnotations.constant(a, "include")).orElse("PROPERTY");
    if (use.equals("NONE")
        || use.equals("DEDUCTION")
        || include.equals("EXISTING_PROPERTY")
        || wraps(supertypes)) {
      return Optional.empty();
    }
    Optional<String> property =
        info.flatMap(a -> JacksonAnnotations.explicit(a, "property"))
            .map(String.class::cast)
            .filter(name -> !name.isEmpty());
    return Optional.of(
        property.orElse(
            switch (use) {
              case "CLASS" -> "@class";
              case "MINIMAL_CLASS" -> "@c";
              default -> "@type";
            }));
  }

  /** Whether the id wraps the object, in an object or an array of its own, changing its shape. */
  static boolean wraps(List<TypeElement> supertypes) {
    return typeInfo(supertypes)
        .filter(info -> JacksonAnnotations.constant(info, "use").filter("NONE"::equals).isEmpty())
        .flatMap(info -> JacksonAnnotations.constant(info, "include"))
        .filter(include -> include.startsWith("WRAPPER_"))
        .isPresent();
  }

  private static Optional<AnnotationMirror> typeInfo(List<TypeElement> supertypes) {
    return supertypes.stream()
        .flatMap(type -> Annotations.find(type, TYPE_INFO).stream())
        .findFirst();
  }
}
