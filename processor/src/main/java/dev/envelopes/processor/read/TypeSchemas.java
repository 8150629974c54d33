package dev.envelopes.processor.read;

import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The schema of each type as Jackson's default configuration writes it, with {@code java.time}
 * values and durations as ISO-8601 strings (what Spring Boot configures, and Jackson 3 does by
 * default). Records and beans become {@link SchemaModel.Named} objects, each read once, so a type
 * that contains itself ends in a reference to its own name; they are named, for now, by {@link
 * SchemaNames#keyOf}, and given their final names by {@link SchemaNames}.
 */
final class TypeSchemas {

  private static final SchemaModel STRING = ScalarSchemas.STRING;
  private static final SchemaModel INT32 = ScalarSchemas.INT32;

  private final Types types;
  private final JacksonProperties properties;
  private final JsonLibrary library;
  private final TypeMirror collection;
  private final TypeMirror set;
  private final TypeMirror map;
  private final TypeMirror iterable;

  /** How deep an object's type arguments may go before it is any value. */
  private static final int MAX_NESTING = 4;

  /** Each object read, by its key, in the order first met. */
  private final Map<String, SchemaModel.ObjectOf> objects = new LinkedHashMap<>();

  /** The type of each object met, by its key, in the order first met: what its name is made of. */
  private final Map<String, DeclaredType> objectTypes = new LinkedHashMap<>();

  /** The types whose {@code @JsonValue} is being read, against a value that holds its type. */
  private final Set<String> valued = new HashSet<>();

  TypeSchemas(Elements elements, Types types, JsonLibrary library) {
    this.types = types;
    this.library = library;
    this.properties = new JacksonProperties(types, library);
    this.collection = erased(elements, "java.util.Collection");
    this.set = erased(elements, "java.util.Set");
    this.map = erased(elements, "java.util.Map");
    this.iterable = erased(elements, "java.lang.Iterable");
  }

  /** The objects read, by key: each {@link SchemaModel.Named} so far names one of these. */
  Map<String, SchemaModel.ObjectOf> objects() {
    return objects;
  }

  /** The type of each object read, by key. */
  Map<String, DeclaredType> objectTypes() {
    return objectTypes;
  }

  /** The schema of a value of {@code type}; an {@code Optional}'s is its content's. */
  SchemaModel of(TypeMirror type) {
    Optional<SchemaModel> scalar = ScalarSchemas.of(type);
    if (scalar.isPresent()) {
      return scalar.get();
    }
    if (type instanceof ArrayType array) {
      TypeKind component = array.getComponentType().getKind();
      if (component == TypeKind.BYTE) {
        return ScalarSchemas.scalar("string", "byte"); // Base64, as databind writes a byte[].
      }
      return component == TypeKind.CHAR
          ? STRING
          : new SchemaModel.ArrayOf(of(array.getComponentType()), false);
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null
          ? new SchemaModel.Any()
          : of(wildcard.getExtendsBound());
    }
    if (!(type instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return new SchemaModel.Any(); // A type variable: the value's class decides at run time.
    }
    String name = element.getQualifiedName().toString();
    if (name.equals("java.util.Optional")) {
      return declared.getTypeArguments().isEmpty()
          ? new SchemaModel.Any()
          : of(declared.getTypeArguments().get(0));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumOf(element);
    }
    TypeMirror erasure = types.erasure(type);
    if (types.isAssignable(erasure, map)) {
      return new SchemaModel.MapOf(argumentOf(declared, map, 1));
    }
    if (name.equals("java.util.stream.Stream")) {
      return new SchemaModel.ArrayOf(
          declared.getTypeArguments().isEmpty()
              ? new SchemaModel.Any()
              : of(declared.getTypeArguments().get(0)),
          false);
    }
    if (types.isAssignable(erasure, collection) || name.equals("java.lang.Iterable")) {
      return new SchemaModel.ArrayOf(
          argumentOf(declared, iterable, 0), types.isAssignable(erasure, set));
    }
    if (isOpaque(name)
        || JacksonAnnotations.hasOwnSerializer(element)
        || JacksonTypeIds.wraps(Hierarchy.withSupertypes(element))) {
      return new SchemaModel.Any();
    }
    Optional<TypeMirror> value = jsonValueOf(declared, element);
    if (value.isPresent()) {
      return valueOf(declared, value.get());
    }
    return objectOf(declared);
  }

  /** A reference to the object a record or bean is written as, read the first time it is met. */
  private SchemaModel objectOf(DeclaredType type) {
    if (nesting(type) > MAX_NESTING) {
      return new SchemaModel.Any(); // Such as Node<T> holding a Node<List<T>>: no end to it.
    }
    String key = SchemaNames.keyOf(type);
    if (!objectTypes.containsKey(key)) {
      objectTypes.put(key, type);
      objects.put(key, new SchemaModel.ObjectOf(propertiesOf(type)));
    }
    return new SchemaModel.Named(key);
  }

  private List<SchemaModel.Property> propertiesOf(DeclaredType type) {
    List<SchemaModel.Property> found = new ArrayList<>();
    JacksonTypeIds.keyOf(Hierarchy.withSupertypes((TypeElement) type.asElement()))
        .ifPresent(id -> found.add(new SchemaModel.Property(id, STRING, true, false)));
    for (JacksonProperties.Key key : properties.of(type)) {
      SchemaModel schema = schemaOf(key);
      if (key.unwrapping().isPresent() && schema instanceof SchemaModel.Named named) {
        found.addAll(unwrapped(named, key));
      } else {
        found.add(new SchemaModel.Property(key.name(), schema, key.required(), key.nullable()));
      }
    }
    return found;
  }

  /**
   * The keys of an {@code @JsonUnwrapped} value, written into its owner's object: each as its own
   * object has it, but never written at all when the value is null.
   */
  private List<SchemaModel.Property> unwrapped(SchemaModel.Named named, JacksonProperties.Key key) {
    // Absent while the object is still being read: it unwraps a value of its own type.
    SchemaModel.ObjectOf object = objects.get(named.name());
    List<SchemaModel.Property> inner = object == null ? List.of() : object.properties();
    String prefix = key.unwrapping().get().prefix();
    String suffix = key.unwrapping().get().suffix();
    return inner.stream()
        .map(
            property ->
                new SchemaModel.Property(
                    prefix + property.name() + suffix,
                    property.schema(),
                    property.required() && key.required() && !key.nullable(),
                    property.nullable()))
        .toList();
  }

  /** The schema of one key's value, with what its members' annotations change. */
  private SchemaModel schemaOf(JacksonProperties.Key key) {
    for (Element member : key.members()) {
      if (JacksonAnnotations.hasOwnSerializer(member)
          || JacksonAnnotations.marks(member, JacksonAnnotations.RAW_VALUE)) {
        return new SchemaModel.Any();
      }
    }
    SchemaModel schema = of(key.type());
    Optional<String> shape =
        key.members().stream()
            .flatMap(member -> JacksonAnnotations.shape(member).stream())
            .findFirst();
    if (shape.isEmpty()) {
      return schema;
    }
    return switch (shape.get()) {
      // A pattern, or a shape, gives a string that ISO-8601's formats no longer promise.
      case "STRING" -> STRING;
      case "NUMBER", "NUMBER_INT" -> schema instanceof SchemaModel.EnumOf ? INT32 : schema;
      default -> schema;
    };
  }

  /**
   * An enum: the constants' names, or their {@code @JsonProperty} values; under Jackson 3, which
   * writes {@code toString()}, an enum that overrides it is any string. An enum with a
   * {@code @JsonValue} member is that member's value.
   */
  private SchemaModel enumOf(TypeElement element) {
    Optional<TypeMirror> value = jsonValueOf((DeclaredType) element.asType(), element);
    if (value.isPresent()) {
      return valueOf((DeclaredType) element.asType(), value.get());
    }
    if (JacksonAnnotations.shape(element).filter(s -> s.startsWith("NUMBER")).isPresent()) {
      return INT32;
    }
    boolean ownText =
        library == JsonLibrary.JACKSON_3
            && ElementFilter.methodsIn(element.getEnclosedElements()).stream()
                .anyMatch(
                    method ->
                        method.getSimpleName().contentEquals("toString")
                            && method.getParameters().isEmpty());
    List<String> values = new ArrayList<>();
    for (Element constant : element.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Optional<String> renamed = JacksonAnnotations.rename(constant);
      if (renamed.isEmpty() && ownText) {
        return STRING;
      }
      values.add(renamed.orElse(constant.getSimpleName().toString()));
    }
    return new SchemaModel.EnumOf(List.copyOf(values));
  }

  /**
   * The schema of {@code value}, what {@code type}'s {@code @JsonValue} member gives; any value
   * where that comes back to {@code type}, which databind would write for ever.
   */
  private SchemaModel valueOf(DeclaredType type, TypeMirror value) {
    String key = SchemaNames.keyOf(type);
    if (!valued.add(key)) {
      return new SchemaModel.Any();
    }
    SchemaModel schema = of(value);
    valued.remove(key);
    return schema;
  }

  /** How deep type arguments go in {@code type}: 0 for a type that has none. */
  private static int nesting(TypeMirror type) {
    int deepest = 0;
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        deepest = Math.max(deepest, 1 + nesting(argument));
      }
    } else if (type instanceof ArrayType array) {
      deepest = nesting(array.getComponentType());
    } else if (type instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
      deepest = nesting(wildcard.getExtendsBound());
    }
    return deepest;
  }

  /** The type of the member marked {@code @JsonValue}, which databind writes instead of a type. */
  private Optional<TypeMirror> jsonValueOf(DeclaredType type, TypeElement element) {
    for (TypeElement declaring : Hierarchy.withSupertypes(element)) {
      for (Element member : declaring.getEnclosedElements()) {
        if ((member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.FIELD)
            && JacksonAnnotations.marks(member, JacksonAnnotations.VALUE)) {
          TypeMirror asMember = asMemberOf(type, member);
          return Optional.of(
              member instanceof ExecutableElement
                  ? ((ExecutableType) asMember).getReturnType()
                  : asMember);
        }
      }
    }
    return Optional.empty();
  }

  private TypeMirror asMemberOf(DeclaredType type, Element member) {
    try {
      return types.asMemberOf(type, member);
    } catch (IllegalArgumentException notAMember) {
      return member.asType();
    }
  }

  /**
   * The schema of the type argument {@code index} of {@code supertype} as {@code type} fills it in,
   * such as the {@code V} of a class that extends {@code HashMap<String, V>}; any value where it is
   * raw.
   */
  private SchemaModel argumentOf(DeclaredType type, TypeMirror supertype, int index) {
    List<TypeMirror> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror candidate = pending.remove(0);
      if (types.isSameType(types.erasure(candidate), supertype)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) candidate).getTypeArguments();
        return arguments.size() > index ? of(arguments.get(index)) : new SchemaModel.Any();
      }
      pending.addAll(types.directSupertypes(candidate));
    }
    return new SchemaModel.Any();
  }

  /** Types whose JSON the processor cannot know: other JDK types, Jackson's trees. */
  static boolean isOpaque(String name) {
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("com.fasterxml.jackson.")
        || name.startsWith("tools.jackson.");
  }

  private TypeMirror erased(Elements elements, String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }
}
