package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same sources, compiled once against Jackson 2 only and once against Jackson 3 only, give
 * serializers that write the same JSON, keys in order, for the same values: under the default
 * mappers, with which they write the payload themselves, and under mappers that make them leave it
 * to databind (a naming strategy, an inclusion other than {@code ALWAYS}, a view). The sources are
 * the {@code jackson3} golden case's: each style's envelopes, whose labels hold an enum with a
 * renamed constant, and API-wide records. The bare style's records of a value and a list write the
 * value itself, what each mapper writes for it.
 */
class BothJacksonsWriteTheSameTest {

  private static final String PACKAGE = "com.example.board.";

  private static CompiledClasses jackson2;
  private static CompiledClasses jackson3;

  @BeforeAll
  static void compile() {
    jackson2 = compiled(JsonClasspath.JACKSON_2);
    jackson3 = compiled(JsonClasspath.JACKSON_3);
  }

  private static CompiledClasses compiled(JsonClasspath json) {
    return CompiledClasses.compiledStrictly(
        ProcessorCompiler.sourcesIn("golden/jackson3/input"), json);
  }

  /** Each style's envelopes, then API-wide records, which hold no payload. */
  static Stream<String> records() {
    return Stream.concat(
        Stream.concat(payloadsWithoutDates(), payloadsWithDates()),
        Stream.of(
            "CardResourceCreateEnvelope",
            "MetaErrorEnvelope",
            "BareError",
            "StatusFailure",
            "VendorError"));
  }

  /** The envelopes whose serializers may write their payload themselves, which holds no date. */
  static Stream<String> payloadsWithoutDates() {
    return Stream.of(
        "CardResourceGetEnvelope",
        "CardResourceStarredEnvelope",
        "CardResourceListEnvelope",
        "LabelResourceListEnvelope",
        "ColumnResourceTopEnvelope",
        "ColumnResourceNamesEnvelope",
        "ColumnResourceCardsEnvelope",
        "DueResourceLabelsEnvelope");
  }

  /** The vendor envelopes whose payloads hold a {@code LocalDate}. */
  static Stream<String> payloadsWithDates() {
    return Stream.of("DueResourceGetEnvelope", "DueResourceListEnvelope");
  }

  /** The bare style's records of a value and of a list, written as the value itself. */
  static Stream<String> bareValues() {
    return Stream.of("LabelResourceGetEnvelope", "LabelResourcePinnedEnvelope");
  }

  static Stream<Arguments> bareValuesAndMappers() {
    return bareValues()
        .flatMap(name -> Stream.of(Mappers.values()).map(mappers -> Arguments.of(name, mappers)));
  }

  static Stream<Arguments> payloadsWithoutDatesAndMappers() {
    return payloadsWithoutDates()
        .flatMap(name -> Stream.of(Mappers.values()).map(mappers -> Arguments.of(name, mappers)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void theDefaultMappersWriteTheSame(String record) throws Exception {
    String written2 = Mappers.DEFAULT.write2(sample(jackson2, record));
    assertEquals(written2, Mappers.DEFAULT.write3(sample(jackson3, record)));
    assertTrue(written2.startsWith("{\""), written2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("payloadsWithoutDatesAndMappers")
  void everyMapperWritesTheSame(String record, Mappers mappers) throws Exception {
    assertEquals(
        mappers.write2(sample(jackson2, record)), mappers.write3(sample(jackson3, record)));
  }

  /**
   * Each mapper writes the bare style's record of a value or a list as it writes the value itself,
   * byte for byte, in each Jackson: with the generated serializer where the mapper writes records as
   * their components, and with databind where it does not (a naming strategy, an inclusion) or in a
   * view.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bareValuesAndMappers")
  void everyMapperWritesABareValueAsTheValueItself(String record, Mappers mappers)
      throws Exception {
    Object record2 = sample(jackson2, record);
    Object record3 = sample(jackson3, record);
    String written2 = mappers.write2(record2);
    assertEquals(mappers.write2(data(record2)), written2);
    assertEquals(mappers.write3(data(record3)), mappers.write3(record3));
    assertEquals(written2, mappers.write3(record3));
    boolean direct = mappers == Mappers.DEFAULT || mappers == Mappers.VIEW;
    assertEquals(direct, direct2(mappers.jackson2(), record), mappers + " 2");
    assertEquals(direct, direct3(mappers.jackson3(), record), mappers + " 3");
  }

  /** Each Jackson reads what it wrote for the bare style's record back into an equal record. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bareValues")
  void eachJacksonReadsABareValueBackIntoItsRecord(String record) throws Exception {
    Object record2 = sample(jackson2, record);
    var mapper2 = Mappers.DEFAULT.jackson2();
    assertEquals(
        record2, mapper2.readValue(mapper2.writeValueAsString(record2), record2.getClass()));
    Object record3 = sample(jackson3, record);
    var mapper3 = Mappers.DEFAULT.jackson3();
    assertEquals(
        record3, mapper3.readValue(mapper3.writeValueAsString(record3), record3.getClass()));
  }

  /** What the bare style's {@code record} holds: the method's value. */
  private static Object data(Object record) throws Exception {
    return record.getClass().getRecordComponents()[0].getAccessor().invoke(record);
  }

  /**
   * The tests above compare the generated serializers, not databind with itself: each mapper writes
   * the envelope with its generated serializer, which writes the payload itself under the default
   * mappers and leaves it to databind under the others.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("payloadsWithoutDates")
  void theGeneratedSerializersWriteThePayloadUnlessTheMapperChangesRecords(String record)
      throws Exception {
    for (Mappers mappers : Mappers.values()) {
      boolean direct = mappers == Mappers.DEFAULT || mappers == Mappers.VIEW;
      assertEquals(direct, direct2(mappers.jackson2(), record), mappers + " 2");
      assertEquals(direct, direct3(mappers.jackson3(), record), mappers + " 3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloadsWithDates")
  void theDefaultMappersLetTheGeneratedSerializersWriteDatesToo(String record) throws Exception {
    assertTrue(direct2(Mappers.DEFAULT.jackson2(), record));
    assertTrue(direct3(Mappers.DEFAULT.jackson3(), record));
  }

  /**
   * In the vendor style, a mapper that changes how records are written must write dates as ISO-8601
   * for databind to write the payload: Jackson 3's does by default and gets what databind writes;
   * one that writes timestamps is refused, in each Jackson, the fix in its words.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("payloadsWithDates")
  void aMapperThatChangesRecordsMustWriteDatesAsIsoInTheVendorStyle(String record)
      throws Exception {
    assertEquals(false, direct3(Mappers.NAMING_STRATEGY.jackson3(), record));
    String written = Mappers.NAMING_STRATEGY.write3(sample(jackson3, record));
    assertTrue(written.contains("{\"CardId\":42,\"On\":\"2026-03-20\"}"), written);
    var timestamps3 =
        namingStrategy3()
            .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    var refused =
        assertThrows(
            tools.jackson.databind.DatabindException.class, () -> direct3(timestamps3, record));
    assertTrue(
        refused.getMessage().contains("disable DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS"),
        refused.getMessage());
    // Jackson 2 writes no java.time value without its module.
    assertThrows(
        com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> direct2(Mappers.NAMING_STRATEGY.jackson2(), record));
  }

  /** The same configuration of a mapper, in each Jackson. */
  enum Mappers {
    DEFAULT,
    NAMING_STRATEGY,
    NON_NULL,
    /** An active view; both include the properties that name no view, as Jackson 2 does. */
    VIEW;

    com.fasterxml.jackson.databind.ObjectMapper jackson2() {
      var builder = com.fasterxml.jackson.databind.json.JsonMapper.builder();
      return switch (this) {
        case DEFAULT, VIEW -> builder.build();
        case NAMING_STRATEGY ->
            builder
                .propertyNamingStrategy(
                    com.fasterxml.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .build();
        case NON_NULL -> builder.defaultPropertyInclusion(nonNull(null)).build();
      };
    }

    tools.jackson.databind.ObjectMapper jackson3() {
      return switch (this) {
        case DEFAULT -> tools.jackson.databind.json.JsonMapper.builder().build();
        case NAMING_STRATEGY -> namingStrategy3().build();
        case NON_NULL ->
            tools.jackson.databind.json.JsonMapper.builder()
                .changeDefaultPropertyInclusion(BothJacksonsWriteTheSameTest::nonNull)
                .build();
        case VIEW ->
            tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION)
                .build();
      };
    }

    String write2(Object value) throws Exception {
      var mapper = jackson2();
      return this == VIEW
          ? mapper.writerWithView(Object.class).writeValueAsString(value)
          : mapper.writeValueAsString(value);
    }

    String write3(Object value) {
      var mapper = jackson3();
      return this == VIEW
          ? mapper.writerWithView(Object.class).writeValueAsString(value)
          : mapper.writeValueAsString(value);
    }
  }

  private static tools.jackson.databind.json.JsonMapper.Builder namingStrategy3() {
    return tools.jackson.databind.json.JsonMapper.builder()
        .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE);
  }

  private static JsonInclude.Value nonNull(JsonInclude.Value ignored) {
    return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
  }

  /**
   * Whether the serializer Jackson 2's {@code mapper} writes {@code record} with, made for that
   * mapper, writes the payload itself.
   */
  private static boolean direct2(com.fasterxml.jackson.databind.ObjectMapper mapper, String record)
      throws Exception {
    Class<?> type = jackson2.loadClass(PACKAGE + record);
    var provider = mapper.getSerializerProviderInstance();
    var serializer = provider.findValueSerializer(type);
    assertEquals(type.getName() + "$Json", serializer.getClass().getName());
    return direct(
        ((com.fasterxml.jackson.databind.ser.ContextualSerializer) serializer)
            .createContextual(provider, null));
  }

  /** As {@link #direct2}, with Jackson 3's {@code mapper}. */
  private static boolean direct3(tools.jackson.databind.ObjectMapper mapper, String record)
      throws Exception {
    Class<?> type = jackson3.loadClass(PACKAGE + record);
    var context = mapper._serializationContext();
    var serializer = context.findValueSerializer(type);
    assertEquals(type.getName() + "$Json", serializer.getClass().getName());
    return direct(serializer.createContextual(context, null));
  }

  private static boolean direct(Object serializer) throws Exception {
    var direct = serializer.getClass().getDeclaredField("direct");
    direct.setAccessible(true);
    return direct.getBoolean(serializer);
  }

  /** A value of the generated record {@code name}, each component filled by its type. */
  private static Object sample(CompiledClasses classes, String name) throws Exception {
    return sample(classes.loadClass(PACKAGE + name));
  }

  private static Object sample(Type type) throws Exception {
    if (type instanceof ParameterizedType list) {
      Object element = sample(list.getActualTypeArguments()[0]);
      return List.of(element, element);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == boolean.class || raw == Boolean.class) {
      return true;
    } else if (raw == int.class) {
      return 200;
    } else if (raw == Integer.class) {
      return null; // A boxed key written as null.
    } else if (raw == long.class || raw == Long.class) {
      return 42L;
    } else if (raw == String.class) {
      return "text with \"quotes\", \\ and é";
    } else if (raw == URI.class) {
      return URI.create("https://board.example/cards?offset=25");
    } else if (raw == LocalDate.class) {
      return LocalDate.of(2026, 3, 20);
    } else if (raw == Void.class) {
      return null;
    } else if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[constants.length - 1]; // The renamed one.
    } else if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType());
      }
      return raw.getDeclaredConstructor(types).newInstance(values);
    }
    throw new IllegalArgumentException("no sample of " + type);
  }
}
