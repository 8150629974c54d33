package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonShape;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.PlainRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Decides, for each payload type of a resource, whether the generated serializers write it with the
 * streaming API or leave it to databind; see {@link PlainRecord} for what makes a record plain. It
 * errs towards databind: anything Jackson might write differently from its components, in order,
 * under their names, is not plain; nor is an enum Jackson might write as anything but each
 * constant's name or rename ({@link JsonShape.EnumOf}). A {@code java.time} value is a {@link
 * JsonShape.DateTime}, which only a style that puts ISO-8601 on the wire whatever the mapper does
 * writes itself.
 */
final class PayloadJsonReader {

  /** The packages of Jackson's annotations: 2 and 3 share these, but databind's moved in 3. */
  private static final List<String> JACKSON = List.of("com.fasterxml.jackson.", "tools.jackson.");

  private static final String ANNOTATIONS_INSIDE =
      "com.fasterxml.jackson.annotation.JacksonAnnotationsInside";
  private static final Set<String> SCALARS =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  /** Jackson's annotations that only reading heeds, which an enum written directly may carry. */
  private static final Set<String> READ_ONLY =
      Set.of(
          "com.fasterxml.jackson.annotation.JsonCreator",
          "com.fasterxml.jackson.annotation.JsonEnumDefaultValue",
          "com.fasterxml.jackson.annotation.JsonAlias");

  private static final Set<String> SEQUENCES =
      Set.of("java.util.List", "java.util.Collection", "java.util.Set");

  private final Types types;
  private final DatabindDateTimes databindDateTimes;
  private final Map<TypeName, JsonShape> shapes = new LinkedHashMap<>();
  private final Map<TypeName, List<IsoDateTime>> dateTimesOfDatabind = new LinkedHashMap<>();
  private final Map<ClassName, PlainRecord> records = new LinkedHashMap<>();

  /**
   * Whether each record met is plain; a record that contains itself, directly or not, counts as not
   * plain while it is read, so that databind writes it.
   */
  private final Map<ClassName, Boolean> decided = new HashMap<>();

  PayloadJsonReader(Types types, DatabindDateTimes databindDateTimes) {
    this.types = types;
    this.databindDateTimes = databindDateTimes;
  }

  /**
   * Reads how a payload of {@code type} is written, and, when databind writes it, which {@code
   * java.time} types databind writes in it.
   */
  void add(TypeMirror type) {
    JsonShape shape = shapeOf(type);
    shapes.put(TypeName.get(type), shape);
    if (!shape.isDirect()) {
      dateTimesOfDatabind.put(TypeName.get(type), databindDateTimes.of(type));
    }
  }

  PayloadJson result() {
    return new PayloadJson(shapes, records, dateTimesOfDatabind);
  }

  private JsonShape shapeOf(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind() == TypeKind.CHAR
          ? new JsonShape.Databind()
          : new JsonShape.Scalar(TypeName.get(type));
    }
    if (type instanceof ArrayType array) {
      return array.getComponentType().getKind().isPrimitive()
          ? new JsonShape.Databind()
          : sequenceOf(array.getComponentType());
    }
    if (!(type instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return new JsonShape.Databind();
    }
    String name = element.getQualifiedName().toString();
    if (SCALARS.contains(name)) {
      return new JsonShape.Scalar(TypeName.get(type));
    }
    Optional<IsoDateTime> dateTime = IsoDateTime.of(name);
    if (dateTime.isPresent()) {
      return new JsonShape.DateTime(dateTime.get());
    }
    if (SEQUENCES.contains(name)) {
      return declared.getTypeArguments().size() == 1
          ? sequenceOf(declared.getTypeArguments().get(0))
          : new JsonShape.Databind();
    }
    if (element.getKind() == ElementKind.ENUM) {
      return enumOf(element);
    }
    if (element.getKind() == ElementKind.RECORD && declared.getTypeArguments().isEmpty()) {
      return readRecord(element)
          ? new JsonShape.Plain(ClassName.get(element))
          : new JsonShape.Databind();
    }
    return new JsonShape.Databind();
  }

  private JsonShape sequenceOf(TypeMirror element) {
    if (element.getKind() != TypeKind.DECLARED && element.getKind() != TypeKind.ARRAY) {
      return new JsonShape.Databind(); // A wildcard or a type variable.
    }
    JsonShape shape = shapeOf(element);
    return shape.isDirect() ? new JsonShape.Sequence(shape) : new JsonShape.Databind();
  }

  /** Whether {@code record} is plain; reads it into {@link #records} if it is. */
  private boolean readRecord(TypeElement record) {
    ClassName name = ClassName.get(record);
    Boolean known = decided.get(name);
    if (known != null) {
      return known;
    }
    decided.put(name, false);
    Optional<List<PlainRecord.Component>> components = componentsIfPlain(record);
    decided.put(name, components.isPresent());
    components.ifPresent(found -> records.put(name, new PlainRecord(name, found)));
    return components.isPresent();
  }

  private Optional<List<PlainRecord.Component>> componentsIfPlain(TypeElement record) {
    if (!record.getTypeParameters().isEmpty()
        || record.getRecordComponents().isEmpty()
        || !isPublicAllTheWay(record)
        || hasJacksonAnnotation(record)
        || !interfacesArePlain(record)) {
      return Optional.empty();
    }
    Map<String, String> renames = new HashMap<>();
    for (Element member : record.getEnclosedElements()) {
      if (!membersArePlain(record, member, renames)) {
        return Optional.empty();
      }
    }
    List<PlainRecord.Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      JsonShape shape = shapeOf(component.asType());
      if (!shape.isDirect()) {
        return Optional.empty();
      }
      components.add(
          new PlainRecord.Component(
              renames.getOrDefault(javaName, javaName),
              javaName,
              TypeName.get(component.asType()),
              shape));
    }
    return Optional.of(List.copyOf(components));
  }

  /**
   * {@code type}, an enum, as the text of each of its constants, when Jackson writes them as their
   * names or their {@code @JsonProperty} renames by default: the enum is public, and carries no
   * Jackson annotation but those renames, on its constants, and the annotations that only reading
   * heeds (such as {@code @JsonCreator}); nor do the interfaces it implements. Otherwise (with
   * {@code @JsonValue}, {@code @JsonFormat}, {@code @JsonSerialize}...), databind writes it.
   */
  private JsonShape enumOf(TypeElement type) {
    if (!isPublicAllTheWay(type) || hasJacksonAnnotation(type) || !interfacesUnannotated(type)) {
      return new JsonShape.Databind();
    }
    List<String> texts = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      boolean constant = member.getKind() == ElementKind.ENUM_CONSTANT;
      Optional<String> rename = Optional.empty();
      for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
        if (!isJackson(annotation) || READ_ONLY.contains(Annotations.nameOf(annotation))) {
          continue;
        }
        Optional<String> plain = constant ? plainRename(annotation) : Optional.empty();
        if (plain.isEmpty() || rename.isPresent()) {
          return new JsonShape.Databind();
        }
        rename = plain;
      }
      if (constant) {
        texts.add(rename.orElse(member.getSimpleName().toString()));
      }
    }
    return new JsonShape.EnumOf(ClassName.get(type), texts);
  }

  /** Whether the interfaces {@code type} implements, and theirs, carry no Jackson annotation. */
  private boolean interfacesUnannotated(TypeElement type) {
    for (TypeMirror supertype : type.getInterfaces()) {
      if (!(types.asElement(supertype) instanceof TypeElement face)
          || hasJacksonAnnotation(face)
          || !interfacesUnannotated(face)
          || face.getEnclosedElements().stream()
              .anyMatch(PayloadJsonReader::hasJacksonAnnotation)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code member} changes nothing Jackson writes: it carries no Jackson annotation but a
   * plain {@code @JsonProperty("key")} on a component (its field, accessor or parameter), and it is
   * not a getter Jackson would add as a key.
   */
  private static boolean membersArePlain(
      TypeElement record, Element member, Map<String, String> renames) {
    Set<String> components =
        Set.copyOf(
            record.getRecordComponents().stream()
                .map(component -> component.getSimpleName().toString())
                .toList());
    List<Element> annotated = new ArrayList<>();
    annotated.add(member);
    if (member instanceof ExecutableElement executable) {
      annotated.addAll(executable.getParameters());
      if (isGetter(executable) && !components.contains(member.getSimpleName().toString())) {
        return false;
      }
    }
    for (Element element : annotated) {
      String component = element.getSimpleName().toString();
      for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
        if (!isJackson(annotation)) {
          continue;
        }
        Optional<String> rename = plainRename(annotation);
        if (rename.isEmpty() || !components.contains(component)) {
          return false;
        }
        String earlier = renames.putIfAbsent(component, rename.get());
        if (earlier != null && !earlier.equals(rename.get())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The key of {@code @JsonProperty("key")} with nothing else set, if that is the annotation. */
  private static Optional<String> plainRename(AnnotationMirror annotation) {
    if (!Annotations.nameOf(annotation).equals(KnownTypes.JSON_PROPERTY)) {
      return Optional.empty();
    }
    var values = annotation.getElementValues();
    if (values.size() != 1) {
      return Optional.empty();
    }
    var entry = values.entrySet().iterator().next();
    if (!entry.getKey().getSimpleName().contentEquals("value")
        || !(entry.getValue().getValue() instanceof String key)
        || key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(key);
  }

  /** Whether Jackson would take {@code method} for a getter: {@code getX()} or {@code isX()}. */
  private static boolean isGetter(ExecutableElement method) {
    if (method.getKind() != ElementKind.METHOD
        || method.getModifiers().contains(Modifier.STATIC)
        || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return false;
    }
    String name = method.getSimpleName().toString();
    return (name.startsWith("get") && name.length() > 3)
        || (name.startsWith("is") && name.length() > 2);
  }

  /** Whether the interfaces {@code type} implements, and theirs, add nothing Jackson writes. */
  private boolean interfacesArePlain(TypeElement type) {
    for (TypeMirror supertype : type.getInterfaces()) {
      if (!(types.asElement(supertype) instanceof TypeElement face)
          || hasJacksonAnnotation(face)
          || !interfacesArePlain(face)) {
        return false;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(face.getEnclosedElements())) {
        if (isGetter(method)
            || method.getAnnotationMirrors().stream().anyMatch(PayloadJsonReader::isJackson)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasJacksonAnnotation(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(PayloadJsonReader::isJackson);
  }

  /** Whether {@code annotation} is Jackson's own, or a bundle of Jackson's. */
  private static boolean isJackson(AnnotationMirror annotation) {
    return JACKSON.stream().anyMatch(Annotations.nameOf(annotation)::startsWith)
        || Annotations.find(annotation.getAnnotationType().asElement(), ANNOTATIONS_INSIDE)
            .isPresent();
  }

  private static boolean isPublicAllTheWay(TypeElement type) {
    Element element = type;
    while (element instanceof TypeElement) {
      if (!element.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      element = element.getEnclosingElement();
    }
    return true;
  }
}
