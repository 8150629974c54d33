package dev.envelopes.processor.read;

import dev.envelopes.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The names of the objects a payload's schema refers to, as an OpenAPI document lists them under
 * {@code components.schemas}: a type's simple name; where two types share it, its name within its
 * package ({@code Outer.Inner}); where they share that too, its qualified name. A generic type adds
 * its arguments' names ({@code SlotOfTask}, {@code PairOfStringAndTask}). A name the document
 * gives one of Envelopes' own schemas counts as shared. Each choice depends only on the set of
 * types, never on the order they were met in.
 */
final class SchemaNames {

  /** How much of a type's name is used: its simple name, its name in its package, all of it. */
  private static final int SIMPLE = 0;

  private static final int QUALIFIED = 2;

  private SchemaNames() {}

  /** A name that tells {@code type} apart from every other type, generic arguments included. */
  static String keyOf(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element) {
      String arguments =
          declared.getTypeArguments().stream()
              .map(SchemaNames::keyOf)
              .collect(Collectors.joining(","));
      return element.getQualifiedName() + (arguments.isEmpty() ? "" : "<" + arguments + ">");
    }
    if (type instanceof ArrayType array) {
      return keyOf(array.getComponentType()) + "[]";
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null
          ? "?"
          : "? extends " + keyOf(wildcard.getExtendsBound());
    }
    return type.getKind().isPrimitive()
        ? type.getKind().name().toLowerCase(Locale.ROOT)
        : type.getKind().name();
  }

  /**
   * The name of each type, by its {@link #keyOf key}: unique, none of {@code taken} (the names of
   * the document's own schemas), and as short as that allows.
   */
  static Map<String, String> namesOf(Map<String, DeclaredType> types, Set<String> taken) {
    Map<String, Integer> levels = new TreeMap<>();
    types.keySet().forEach(key -> levels.put(key, SIMPLE));
    for (int round = SIMPLE; round < QUALIFIED; round++) {
      Map<String, List<String>> byName = new TreeMap<>();
      levels.forEach(
          (key, level) ->
              byName
                  .computeIfAbsent(label(types.get(key), level), name -> new ArrayList<>())
                  .add(key));
      byName.entrySet().stream()
          .filter(named -> named.getValue().size() > 1 || taken.contains(named.getKey()))
          .flatMap(named -> named.getValue().stream())
          .forEach(key -> levels.computeIfPresent(key, (same, level) -> level + 1));
    }
    Map<String, String> names = new TreeMap<>();
    levels.forEach((key, level) -> names.put(key, label(types.get(key), level)));
    return names;
  }

  /** {@code schema} with each {@link SchemaModel.Named} renamed as {@code names} says. */
  static SchemaModel rename(SchemaModel schema, Map<String, String> names) {
    if (schema instanceof SchemaModel.Named named) {
      return new SchemaModel.Named(names.getOrDefault(named.name(), named.name()));
    }
    if (schema instanceof SchemaModel.ArrayOf array) {
      return new SchemaModel.ArrayOf(rename(array.items(), names), array.uniqueItems());
    }
    if (schema instanceof SchemaModel.MapOf map) {
      return new SchemaModel.MapOf(rename(map.values(), names));
    }
    if (schema instanceof SchemaModel.ObjectOf object) {
      return renameObject(object, names);
    }
    return schema;
  }

  static SchemaModel.ObjectOf renameObject(SchemaModel.ObjectOf object, Map<String, String> names) {
    return new SchemaModel.ObjectOf(
        object.properties().stream()
            .map(
                property ->
                    new SchemaModel.Property(
                        property.name(),
                        rename(property.schema(), names),
                        property.required(),
                        property.nullable()))
            .toList());
  }

  /** The name of {@code type} at {@code level}, its arguments' at the same level. */
  private static String label(TypeMirror type, int level) {
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element) {
      String arguments =
          declared.getTypeArguments().stream()
              .map(argument -> label(argument, level))
              .collect(Collectors.joining("And"));
      return base(element, level) + (arguments.isEmpty() ? "" : "Of" + arguments);
    }
    if (type instanceof ArrayType array) {
      return label(array.getComponentType(), level) + "Array";
    }
    if (type instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
      return label(wildcard.getExtendsBound(), level);
    }
    return type.getKind().isPrimitive() ? keyOf(type) : "Object";
  }

  private static String base(TypeElement type, int level) {
    if (level >= QUALIFIED) {
      return type.getQualifiedName().toString();
    }
    if (level == SIMPLE) {
      return type.getSimpleName().toString();
    }
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element outer = type.getEnclosingElement();
        outer instanceof TypeElement enclosing;
        outer = enclosing.getEnclosingElement()) {
      name.insert(0, enclosing.getSimpleName() + ".");
    }
    return name.toString();
  }
}
