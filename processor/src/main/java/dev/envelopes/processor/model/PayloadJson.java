package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the payloads of a resource's envelopes are written: the shape of each payload type its
 * methods answer, and the plain records those reach.
 *
 * @param shapes the shape of each payload type, as the envelopes name it
 * @param records the plain records, by name
 * @param databindDateTimes the {@code java.time} types databind writes in each payload type that
 *     the generated serializers leave to it whatever the mapper, as far as the processor sees them
 */
public record PayloadJson(
    Map<TypeName, JsonShape> shapes,
    Map<ClassName, PlainRecord> records,
    Map<TypeName, List<IsoDateTime>> databindDateTimes) {

  private static final Set<ClassName> SEQUENCES =
      Set.of(
          ClassName.get("java.util", "List"),
          ClassName.get("java.util", "Collection"),
          ClassName.get("java.util", "Set"));

  public PayloadJson {
    shapes = Map.copyOf(shapes);
    records = Map.copyOf(records);
    databindDateTimes = Map.copyOf(databindDateTimes);
  }

  /**
   * How a payload of {@code type} is written, whatever the style; a list of a payload type, such as
   * the {@code data} of a page, as a sequence of it.
   */
  private JsonShape shapeOf(TypeName type) {
    JsonShape known = shapes.get(type);
    if (known != null) {
      return known;
    }
    if (type instanceof ParameterizedTypeName parameterized
        && SEQUENCES.contains(parameterized.rawType())
        && parameterized.typeArguments().size() == 1) {
      JsonShape element = shapeOf(parameterized.typeArguments().get(0));
      return element.isDirect() ? new JsonShape.Sequence(element) : new JsonShape.Databind();
    }
    return new JsonShape.Databind();
  }

  /**
   * How a payload of {@code type} is written in a style that writes dates itself when {@code
   * isoDateTimes}, and in one that leaves them to the mapper otherwise: there, whatever reaches a
   * {@link JsonShape.DateTime} is written by databind.
   */
  public JsonShape shapeOf(TypeName type, boolean isoDateTimes) {
    JsonShape shape = shapeOf(type);
    return isoDateTimes || !reachesDateTime(shape) ? shape : new JsonShape.Databind();
  }

  /**
   * The {@code java.time} types databind writes in a payload of {@code type} that the generated
   * serializers leave to it whatever the mapper, in a style that writes dates itself; empty for a
   * payload they write themselves.
   */
  public List<IsoDateTime> dateTimesOfDatabind(TypeName type) {
    List<IsoDateTime> known = databindDateTimes.get(type);
    if (known != null || shapes.containsKey(type)) {
      return known == null ? List.of() : known;
    }
    if (type instanceof ParameterizedTypeName parameterized
        && SEQUENCES.contains(parameterized.rawType())
        && parameterized.typeArguments().size() == 1) {
      return dateTimesOfDatabind(parameterized.typeArguments().get(0));
    }
    return List.of();
  }

  /** Whether writing a value of {@code shape} writes a {@link JsonShape.DateTime}. */
  private boolean reachesDateTime(JsonShape shape) {
    return elementsReachedFrom(List.of(shape)).stream()
        .anyMatch(JsonShape.DateTime.class::isInstance);
  }

  /**
   * The {@code java.time} types that writing values of {@code shapes} reaches, in the order they
   * are first met.
   */
  public List<IsoDateTime> dateTimesReachedFrom(List<JsonShape> shapes) {
    return typesReachedFrom(shapes, JsonShape.DateTime.class, JsonShape.DateTime::type);
  }

  /**
   * The shapes of the values that are not sequences that writing values of {@code shapes} writes:
   * their elements, and the elements of the components of the plain records they reach.
   */
  private List<JsonShape> elementsReachedFrom(List<JsonShape> shapes) {
    List<JsonShape> all = new ArrayList<>(shapes);
    for (PlainRecord record : reachedFrom(shapes)) {
      record.components().forEach(component -> all.add(component.shape()));
    }
    return all.stream().map(PayloadJson::elementOf).toList();
  }

  /** The element of {@code shape}, at any depth of sequences, or {@code shape} itself. */
  private static JsonShape elementOf(JsonShape shape) {
    JsonShape element = shape;
    while (element instanceof JsonShape.Sequence sequence) {
      element = sequence.element();
    }
    return element;
  }

  /** The plain record {@code type}. */
  public PlainRecord record(ClassName type) {
    return records.get(type);
  }

  /**
   * The plain records that writing values of {@code shapes} reaches, the records themselves and the
   * records of their components, in the order they are first met.
   */
  public List<PlainRecord> reachedFrom(List<JsonShape> shapes) {
    Set<ClassName> reached = new LinkedHashSet<>();
    for (JsonShape shape : shapes) {
      reach(shape, reached);
    }
    List<PlainRecord> reachedRecords = new ArrayList<>();
    for (ClassName type : reached) {
      reachedRecords.add(records.get(type));
    }
    return reachedRecords;
  }

  /**
   * The scalar types that writing values of {@code shapes} reaches, in the order they are first
   * met.
   */
  public List<TypeName> scalarsReachedFrom(List<JsonShape> shapes) {
    return typesReachedFrom(shapes, JsonShape.Scalar.class, JsonShape.Scalar::type);
  }

  /** The enums that writing values of {@code shapes} reaches, in the order they are first met. */
  public List<JsonShape.EnumOf> enumsReachedFrom(List<JsonShape> shapes) {
    return typesReachedFrom(shapes, JsonShape.EnumOf.class, enumOf -> enumOf);
  }

  /**
   * The types of the elements of kind {@code kind} that writing values of {@code shapes} reaches,
   * each once, in the order they are first met.
   */
  private <S extends JsonShape, T> List<T> typesReachedFrom(
      List<JsonShape> shapes, Class<S> kind, Function<S, T> typeOf) {
    Set<T> types = new LinkedHashSet<>();
    for (JsonShape element : elementsReachedFrom(shapes)) {
      if (kind.isInstance(element)) {
        types.add(typeOf.apply(kind.cast(element)));
      }
    }
    return List.copyOf(types);
  }

  private void reach(JsonShape shape, Set<ClassName> reached) {
    if (shape instanceof JsonShape.Sequence sequence) {
      reach(sequence.element(), reached);
    } else if (shape instanceof JsonShape.Plain plain && reached.add(plain.type())) {
      for (PlainRecord.Component component : records.get(plain.type()).components()) {
        reach(component.shape(), reached);
      }
    }
  }
}
