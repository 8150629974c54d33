package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.model.JsonLibrary;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The names of Jackson's databind and streaming API in the Jackson generated serializers write
 * with, so that one renderer serves both: Jackson 3 moved them from {@code com.fasterxml.jackson}
 * to {@code tools.jackson}, renamed the serializer and its context, put {@code createContextual} on
 * every serializer, and throws no checked exception. Each name here was read from the jars
 * (jackson-databind 2.22 and 3.1).
 */
final class JacksonApi {

  private static final JacksonApi JACKSON_2 =
      new JacksonApi(
          "com.fasterxml.jackson",
          "SerializerProvider",
          "JsonSerializer",
          Optional.of("ContextualSerializer"),
          "JsonMappingException",
          "ser.std",
          "writeFieldName",
          "defaultSerializeField",
          "getText",
          "register Jackson's JavaTimeModule (jackson-datatype-jsr310) and disable"
              + " SerializationFeature.WRITE_DATES_AS_TIMESTAMPS and"
              + " WRITE_DURATIONS_AS_TIMESTAMPS",
          "a naming strategy, mix-ins, alphabetical order, default typing, an inclusion other"
              + " than ALWAYS",
          List.of(),
          false,
          true);

  private static final JacksonApi JACKSON_3 =
      new JacksonApi(
          "tools.jackson",
          "SerializationContext",
          "ValueSerializer",
          Optional.empty(),
          "DatabindException",
          "ser.jdk",
          "writeName",
          "defaultSerializeProperty",
          "getString",
          "disable DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS and WRITE_DURATIONS_AS_TIMESTAMPS"
              + " (Jackson 3 writes ISO-8601 by default)",
          "a naming strategy, mix-ins, an order other than the records' own, default typing, an"
              + " inclusion other than ALWAYS",
          List.of("UnrolledBeanSerializer"),
          true,
          false);

  /** The API of {@code library}. */
  static JacksonApi of(JsonLibrary library) {
    return switch (library) {
      case JACKSON_2 -> JACKSON_2;
      case JACKSON_3 -> JACKSON_3;
    };
  }

  final ClassName jsonGenerator;
  final ClassName jsonParser;
  final ClassName jsonToken;
  final ClassName serializedString;

  /** What a serializer is given to ask databind: {@code SerializerProvider}, then its context. */
  final ClassName provider;

  /** What a serializer is: {@code JsonSerializer}, then {@code ValueSerializer}. */
  final ClassName serializer;

  final ClassName stdSerializer;

  /** The interface that gives a serializer {@code createContextual}, where one must. */
  final Optional<ClassName> contextualSerializer;

  final ClassName beanProperty;
  final ClassName jsonSerialize;

  /** What databind throws when a mapper cannot write a value. */
  final ClassName mappingException;

  final ClassName serializationConfig;
  final ClassName mapperFeature;

  /**
   * The classes of databind's standard bean serializers: Jackson 3 writes a bean of up to six
   * properties with {@code UnrolledBeanSerializer}.
   */
  final List<ClassName> beanSerializers;

  final ClassName propertyWriter;
  final ClassName tokenBuffer;

  /** What writing may throw, for a {@code catch}: {@link IOException}, then Jackson's own. */
  final ClassName writingFailure;

  /** The package of databind's serializers of the JDK's scalar types. */
  final String standardSerializers;

  /** The generator's method that writes a key. */
  final String writeName;

  /** The provider's method that writes a key and its value with databind. */
  final String serializeProperty;

  /** The parser's method that reads the current string. */
  final String parserText;

  /** How to make a mapper write {@code java.time} values as ISO-8601, in this Jackson's words. */
  final String writeIsoDates;

  /** What in a mapper changes how records are written, in this Jackson's words. */
  final String recordChanges;

  /**
   * Whether the mapper's default sorts properties alphabetically: Jackson 3's does, and keeps a
   * record's components first, in their order. Then whether a record's keys keep their order is
   * for the check of its serializer's properties alone.
   */
  final boolean sortsByDefault;

  /**
   * Whether the API throws checked exceptions ({@link IOException} on writing), and its
   * serializers are {@link java.io.Serializable}: Jackson 2.
   */
  final boolean checked;

  /**
   * The API under {@code root}, with the simple names and method names that differ between
   * Jacksons, in the order of the fields they fill; {@code moreBeanSerializers} are the standard
   * bean serializers besides {@code BeanSerializer}.
   */
  private JacksonApi(
      String root,
      String provider,
      String serializer,
      Optional<String> contextualSerializer,
      String mappingException,
      String standardSerializers,
      String writeName,
      String serializeProperty,
      String parserText,
      String writeIsoDates,
      String recordChanges,
      List<String> moreBeanSerializers,
      boolean sortsByDefault,
      boolean checked) {
    String core = root + ".core";
    String databind = root + ".databind";
    this.jsonGenerator = ClassName.get(core, "JsonGenerator");
    this.jsonParser = ClassName.get(core, "JsonParser");
    this.jsonToken = ClassName.get(core, "JsonToken");
    this.serializedString = ClassName.get(core + ".io", "SerializedString");
    this.provider = ClassName.get(databind, provider);
    this.serializer = ClassName.get(databind, serializer);
    this.stdSerializer = ClassName.get(databind + ".ser.std", "StdSerializer");
    this.contextualSerializer =
        contextualSerializer.map(name -> ClassName.get(databind + ".ser", name));
    this.beanProperty = ClassName.get(databind, "BeanProperty");
    this.jsonSerialize = ClassName.get(databind + ".annotation", "JsonSerialize");
    this.mappingException = ClassName.get(databind, mappingException);
    this.serializationConfig = ClassName.get(databind, "SerializationConfig");
    this.mapperFeature = ClassName.get(databind, "MapperFeature");
    this.beanSerializers =
        Stream.concat(Stream.of("BeanSerializer"), moreBeanSerializers.stream())
            .map(name -> ClassName.get(databind + ".ser", name))
            .toList();
    this.propertyWriter = ClassName.get(databind + ".ser", "PropertyWriter");
    this.tokenBuffer = ClassName.get(databind + ".util", "TokenBuffer");
    this.writingFailure =
        checked ? ClassName.get(IOException.class) : ClassName.get(core, "JacksonException");
    this.standardSerializers = databind + "." + standardSerializers;
    this.writeName = writeName;
    this.serializeProperty = serializeProperty;
    this.parserText = parserText;
    this.writeIsoDates = writeIsoDates;
    this.recordChanges = recordChanges;
    this.sortsByDefault = sortsByDefault;
    this.checked = checked;
  }

  /** Databind's serializer {@code simpleName} of a JDK scalar type, nested in {@code nested}. */
  ClassName standardSerializer(String simpleName, String... nested) {
    return ClassName.get(standardSerializers, simpleName, nested);
  }

  /** {@code method}, declaring that writing may throw, where the API's writing does. */
  MethodSpec.Builder throwsOnWriting(MethodSpec.Builder method) {
    return checked ? method.addException(IOException.class) : method;
  }

  /** {@code method}, declaring that databind may refuse the mapper, where it declares so. */
  MethodSpec.Builder throwsOnMapping(MethodSpec.Builder method) {
    return checked ? method.addException(mappingException) : method;
  }

  /**
   * A new buffer to write a value into, in a method whose provider is {@code provider}: Jackson 3's
   * takes the context it writes in.
   */
  CodeBlock newTokenBuffer() {
    return CodeBlock.of(checked ? "new $T(null, false)" : "new $T(provider, false)", tokenBuffer);
  }

  /**
   * Writes {@code value} with databind as a value, where a value is expected, in a method whose
   * provider is {@code provider}: Jackson 3 renamed {@code defaultSerializeValue} to {@code
   * writeValue} and put the generator first.
   */
  CodeBlock serializeValue(CodeBlock value) {
    return checked
        ? CodeBlock.of("provider.defaultSerializeValue($L, gen)", value)
        : CodeBlock.of("provider.writeValue(gen, $L)", value);
  }

  /**
   * The serializer databind has for {@code value}'s class, given {@code provider}: Jackson 3 has no
   * overload with a property.
   */
  CodeBlock serializerOfValue() {
    return CodeBlock.of(
        checked
            ? "provider.findValueSerializer(value.getClass(), null)"
            : "provider.findValueSerializer(value.getClass())");
  }
}
