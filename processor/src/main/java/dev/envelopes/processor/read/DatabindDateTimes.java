package dev.envelopes.processor.read;

import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonLibrary;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code java.time} types that databind writes, with the mapper's own serializer of each type,
 * when it writes a value of a payload type that the generated serializers leave to it: those of the
 * keys of its records and beans ({@link JacksonProperties}), at any depth, and of the elements of
 * its arrays, collections, {@code Optional}s and maps' values. A style that puts ISO-8601 on the
 * wire whatever the mapper does asks the mapper, once, to write each of them so.
 *
 * <p>What it cannot see is left out: a value whose type is {@code Object}, a type variable or
 * another JDK or Jackson type, the subclasses of a declared type; and what is not written with the
 * mapper's serializer of the type: a key with {@code @JsonFormat} (its pattern or shape wins) or
 * its own serializer, a type with its own serializer or a {@code @JsonValue}.
 */
final class DatabindDateTimes {

  /** How deep type arguments may go, such as a {@code Node<T>} holding a {@code Node<List<T>>}. */
  private static final int MAX_DEPTH = 8;

  private static final Set<String> CONTAINERS =
      Set.of("java.util.Optional", "java.util.stream.Stream", "java.lang.Iterable");

  private final Types types;
  private final JacksonProperties properties;
  private final TypeMirror map;
  private final TypeMirror collection;

  DatabindDateTimes(Elements elements, Types types, JsonLibrary library) {
    this.types = types;
    this.properties = new JacksonProperties(types, library);
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
  }

  /** The {@code java.time} types written in a value of {@code type}, in the order first met. */
  List<IsoDateTime> of(TypeMirror type) {
    Set<IsoDateTime> found = new LinkedHashSet<>();
    collect(type, 0, found, new HashSet<>());
    return List.copyOf(found);
  }

  private void collect(TypeMirror type, int depth, Set<IsoDateTime> found, Set<String> seen) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (type instanceof ArrayType array) {
      collect(array.getComponentType(), depth + 1, found, seen);
      return;
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        collect(wildcard.getExtendsBound(), depth, found, seen);
      }
      return;
    }
    if (!(type instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)
        || !seen.add(types.erasure(type).toString() + declared.getTypeArguments())) {
      return;
    }
    String name = element.getQualifiedName().toString();
    Optional<IsoDateTime> dateTime = IsoDateTime.of(name);
    if (dateTime.isPresent()) {
      found.add(dateTime.get());
      return;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    TypeMirror erasure = types.erasure(type);
    if (types.isAssignable(erasure, map)) {
      if (arguments.size() == 2) { // Its keys are written with key serializers, never a date's.
        collect(arguments.get(1), depth + 1, found, seen);
      }
      return;
    }
    if (types.isAssignable(erasure, collection) || CONTAINERS.contains(name)) {
      arguments.forEach(argument -> collect(argument, depth + 1, found, seen));
      return;
    }
    if (TypeSchemas.isOpaque(name)
        || element.getKind() == ElementKind.ENUM
        || JacksonAnnotations.hasOwnSerializer(element)
        || hasJsonValue(element)) {
      return;
    }
    for (JacksonProperties.Key key : properties.of(declared)) {
      if (key.members().stream().noneMatch(DatabindDateTimes::writtenOtherwise)) {
        collect(key.type(), depth + 1, found, seen);
      }
    }
  }

  /** Whether a key's member makes databind write its value otherwise than its type's default. */
  private static boolean writtenOtherwise(Element member) {
    return JacksonAnnotations.hasOwnSerializer(member)
        || Annotations.find(member, JacksonAnnotations.FORMAT).isPresent();
  }

  private static boolean hasJsonValue(TypeElement type) {
    return Hierarchy.withSupertypes(type).stream()
        .flatMap(declaring -> declaring.getEnclosedElements().stream())
        .anyMatch(member -> JacksonAnnotations.marks(member, JacksonAnnotations.VALUE));
  }
}
