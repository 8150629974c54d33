package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The serializers generated for the envelopes write a plain record payload themselves and leave
 * every other payload to databind; at run time they fall back to databind for a mapper that would
 * write even a plain record differently, so the JSON is always what databind would write.
 */
class PayloadSerializationTest {

  private static final String PACKAGE = "com.example.json";

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        ProcessorCompiler.compileStrictly(
            List.of(
                source(
                    "JsonResource",
                    """
                    import dev.envelopes.EnvelopeStyle;
                    import dev.envelopes.Enveloped;
                    import dev.envelopes.Style;
                    import jakarta.ws.rs.GET;
                    import jakarta.ws.rs.Path;
                    import java.util.List;

                    @Path("/json")
                    @Enveloped
                    @EnvelopeStyle(Style.STATUS)
                    public class JsonResource {
                      @GET @Path("plain") public Plain plain() { return null; }
                      @GET @Path("plains") public List<Plain> plains() { return null; }
                      @GET @Path("formatted") public Formatted formatted() { return null; }
                      @GET @Path("ignoring") public Ignoring ignoring() { return null; }
                      @GET @Path("timed") public Timed timed() { return null; }
                      @GET @Path("boxed") public Box<String> boxed() { return null; }
                      @GET @Path("getter") public WithGetter getter() { return null; }
                      @GET @Path("jackson3") public Jackson3Annotated jackson3() { return null; }
                    }
                    """),
                source(
                    "Plain",
                    """
                    import com.fasterxml.jackson.annotation.JsonProperty;
                    import java.util.List;

                    public record Plain(
                        long id,
                        @JsonProperty("owner_name") String ownerName,
                        Integer rank,
                        boolean done,
                        List<String> tags,
                        Inner inner) {}
                    """),
                source(
                    "BareResource",
                    """
                    import dev.envelopes.EnvelopeStyle;
                    import dev.envelopes.Enveloped;
                    import dev.envelopes.Style;
                    import jakarta.ws.rs.GET;
                    import jakarta.ws.rs.Path;

                    @Path("/bare")
                    @Enveloped
                    @EnvelopeStyle(Style.BARE)
                    public class BareResource {
                      @GET public String text() { return null; }
                    }
                    """),
                source(
                    "BareValueResource",
                    """
                    import dev.envelopes.EnvelopeStyle;
                    import dev.envelopes.Enveloped;
                    import dev.envelopes.Style;
                    import jakarta.ws.rs.GET;
                    import jakarta.ws.rs.Path;
                    import java.util.List;

                    @Path("/bare-values")
                    @Enveloped
                    @EnvelopeStyle(Style.BARE)
                    public class BareValueResource {
                      @GET @Path("plain") public Plain plain() { return null; }
                      @GET @Path("plains") public List<Plain> plains() { return null; }
                      @GET @Path("count") public long count() { return 0; }
                      @GET @Path("formatted") public Formatted formatted() { return null; }
                    }
                    """),
                source("Inner", "public record Inner(double weight, Long optional) {}"),
                source(
                    "Formatted",
                    """
                    import com.fasterxml.jackson.annotation.JsonFormat;

                    public record Formatted(@JsonFormat(shape = JsonFormat.Shape.STRING) long id) {}
                    """),
                source(
                    "Ignoring",
                    """
                    import com.fasterxml.jackson.annotation.JsonIgnore;

                    public record Ignoring(long id, @JsonIgnore String secret) {}
                    """),
                source("Timed", "public record Timed(long id, java.time.Instant at) {}"),
                source("Box", "public record Box<T>(T value) {}"),
                source(
                    "Jackson3Annotated",
                    """
                    import tools.jackson.databind.annotation.JsonSerialize;
                    import tools.jackson.databind.ser.std.ToStringSerializer;

                    public record Jackson3Annotated(
                        @JsonSerialize(using = ToStringSerializer.class) long id) {}
                    """),
                source(
                    "WithGetter",
                    """
                    public record WithGetter(long id) {
                      public String getLabel() { return "#" + id; }
                    }
                    """)));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aPlainRecordIsWrittenByTheGeneratedSerializer() {
    String shared = generated("JsonResourceJson");
    assertTrue(shared.contains("static void writePlain(Plain value"), shared);
    assertTrue(shared.contains("static void writeInner(Inner value"), shared);
    assertTrue(shared.contains("OWNER_NAME = new SerializedString(\"owner_name\")"), shared);
    assertTrue(
        generated("JsonResourcePlainEnvelope")
            .contains("JsonResourceJson.writePlain(value.data(), gen)"));
    assertTrue(
        generated("JsonResourcePlainsEnvelope")
            .contains("JsonResourceJson.writePlain(element, gen)"));
  }

  @Test
  void theEnvelopesOfAResourceShareItsKeysRecordWritersAndChecks() {
    String shared = generated("JsonResourceJson");
    assertEquals(1, occurrences(shared, "static void writePlain("), shared);
    assertEquals(1, occurrences(shared, "static boolean writesPlainAsDatabindWould("), shared);
    assertEquals(1, occurrences(shared, "private static boolean isAlways("), shared);
    assertEquals(1, occurrences(shared, "private static boolean writesComponents("), shared);
    assertEquals(1, occurrences(shared, "new SerializedString(\"data\")"), shared);
    for (String method : List.of("Plain", "Plains")) {
      String envelope = generated("JsonResource" + method + "Envelope");
      assertTrue(
          envelope.contains(
              "boolean direct = JsonResourceJson.writesPlainAsDatabindWould(provider);"),
          envelope);
      assertTrue(envelope.contains("gen.writeFieldName(JsonResourceJson.DATA)"), envelope);
      for (String own : List.of("SerializedString", "void write", "isAlways", "writesComponents")) {
        assertFalse(envelope.contains(own), () -> method + " declares " + own + ":\n" + envelope);
      }
    }
  }

  @Test
  void aResourceWhoseAnswersNeedNoRecordGetsNoSharedClass() {
    assertTrue(compilation.generatedSourceFile(PACKAGE + ".BareResourceJson").isEmpty());
  }

  /**
   * A record with {@code @JsonFormat}, {@code @JsonIgnore} or an annotation of Jackson 3's
   * databind, an {@code Instant}, a getter or a type parameter.
   */
  @Test
  void aRecordJacksonMightWriteOtherwiseIsLeftToDatabind() {
    String shared = generated("JsonResourceJson");
    for (String method : List.of("Formatted", "Ignoring", "Timed", "Boxed", "Getter", "Jackson3")) {
      String envelope = generated("JsonResource" + method + "Envelope");
      assertFalse(envelope.contains("JsonResourceJson.write"), envelope);
      assertFalse(envelope.contains("createContextual"), envelope);
      assertTrue(
          envelope.contains("provider.defaultSerializeField(\"data\", value.data(), gen)"),
          envelope);
    }
    for (String type :
        List.of("Formatted", "Ignoring", "Timed", "Box", "WithGetter", "Jackson3Annotated")) {
      assertFalse(shared.contains("(" + type + " value"), () -> type + " in:\n" + shared);
      assertFalse(shared.contains(type + ".class"), () -> type + " in:\n" + shared);
    }
  }

  @Test
  void theDefaultMapperGetsWhatDatabindWrites() throws Exception {
    assertWritesAsDatabind(new ObjectMapper());
  }

  @Test
  void aMapperWithANamingStrategyGetsWhatDatabindWrites() throws Exception {
    assertWritesAsDatabind(
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .build());
  }

  @Test
  void aMapperThatLeavesNullsOutGetsWhatDatabindWrites() throws Exception {
    assertWritesAsDatabind(
        JsonMapper.builder()
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build());
  }

  @Test
  void aMapperThatSortsPropertiesGetsWhatDatabindWrites() throws Exception {
    assertWritesAsDatabind(
        JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build());
  }

  @Test
  void aMapperWithLongsAsStringsGetsWhatDatabindWrites() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule()
            .addSerializer(
                Long.TYPE, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));
    assertWritesAsDatabind(mapper);
  }

  /**
   * The bare style's value and list are records too, whose serializers write the value itself: the
   * plain record key by key, a scalar as it is, and what databind writes otherwise.
   */
  @Test
  void theBareValueAndListAreRecordsWrittenAsTheValueItself() {
    String plain = generated("BareValueResourcePlainEnvelope");
    assertTrue(plain.contains("BareValueResourceJson.writePlain(value.data(), gen)"), plain);
    assertTrue(plain.contains("provider.defaultSerializeValue(value.data(), gen)"), plain);
    String plains = generated("BareValueResourcePlainsEnvelope");
    assertTrue(plains.contains("BareValueResourceJson.writePlain(element, gen)"), plains);
    assertTrue(
        generated("BareValueResourceCountEnvelope").contains("gen.writeNumber(value.data())"));
    String formatted = generated("BareValueResourceFormattedEnvelope");
    assertFalse(formatted.contains("createContextual"), formatted);
    for (String envelope : List.of(plain, plains, formatted)) {
      assertFalse(envelope.contains("writeStartObject"), envelope);
      assertFalse(envelope.contains("writeFieldName"), envelope);
      assertFalse(envelope.contains("@JsonProperty"), envelope);
    }
    String filters = generated("BareValueResourceEnvelopes");
    assertTrue(
        filters.contains(
            "BareResponses.answer(response, new BareValueResourcePlainsEnvelope(data))"),
        filters);
  }

  @Test
  void theBareValueAndListAreWhatDatabindWritesForTheDefaultMapper() throws Exception {
    assertBareWritesAsDatabind(new ObjectMapper(), false);
  }

  @Test
  void theBareValueAndListAreWhatDatabindWritesForAMapperWithANamingStrategy() throws Exception {
    assertBareWritesAsDatabind(
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .build(),
        false);
  }

  @Test
  void theBareValueAndListAreWhatDatabindWritesForAMapperWithLongsAsStrings() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule()
            .addSerializer(
                Long.TYPE, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));
    assertBareWritesAsDatabind(mapper, false);
  }

  @Test
  void theBareValueAndListAreWhatDatabindWritesInAView() throws Exception {
    assertBareWritesAsDatabind(new ObjectMapper(), true);
  }

  /**
   * The bare style's records of a plain record, a list of them, a {@code long} and a record that
   * databind alone writes, each written by its generated serializer, are byte for byte what {@code
   * mapper} writes for the value itself, in a view when {@code inView}.
   */
  private static void assertBareWritesAsDatabind(ObjectMapper mapper, boolean inView)
      throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    Map<String, Object> values = bareValues(classes);
    var writer = inView ? mapper.writerWithView(Object.class) : mapper.writer();
    for (int i = 0; i < 2; i++) { // The second time, with the serializers the mapper cached.
      for (var value : values.entrySet()) {
        Object record =
            construct(classes, "BareValueResource" + value.getKey() + "Envelope", value.getValue());
        assertEquals(
            writer.writeValueAsString(value.getValue()),
            writer.writeValueAsString(record),
            value.getKey());
      }
    }
  }

  /**
   * A client reads a bare value or list back into its record, as it can the records with keys: the
   * record is made from the value alone, as it is written.
   */
  @Test
  void theBareValueAndListReadBackIntoTheirRecords() throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    ObjectMapper mapper = new ObjectMapper();
    for (var value : bareValues(classes).entrySet()) {
      String name = "BareValueResource" + value.getKey() + "Envelope";
      Object record = construct(classes, name, value.getValue());
      String json = mapper.writeValueAsString(record);
      assertEquals(record, mapper.readValue(json, classes.loadClass(PACKAGE + "." + name)), json);
    }
  }

  /**
   * The values of the bare style's records, by the name of their method: a plain record, a list of
   * them, a {@code long} and a record that databind alone writes.
   */
  private static Map<String, Object> bareValues(CompiledClasses classes) throws Exception {
    Object inner = construct(classes, "Inner", 2.5, null);
    Object plain = construct(classes, "Plain", 7L, "ada", null, true, List.of("a", "b"), inner);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("Plain", plain);
    values.put("Plains", List.of(plain, plain));
    values.put("Count", 42L);
    values.put("Formatted", construct(classes, "Formatted", 9L));
    return values;
  }

  /**
   * The envelope of a plain record, written by its generated serializer, is what databind writes
   * for the same keys and values.
   */
  private static void assertWritesAsDatabind(ObjectMapper mapper) throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    Object inner = construct(classes, "Inner", 2.5, null);
    Object plain = construct(classes, "Plain", 7L, "ada", null, true, List.of("a", "b"), inner);
    Object envelope = construct(classes, "JsonResourcePlainEnvelope", "success", plain);
    Object list =
        construct(classes, "JsonResourcePlainsEnvelope", "success", List.of(plain, plain));
    for (int i = 0; i < 2; i++) { // The second time, with the serializers the mapper cached.
      assertEquals(databind(mapper, () -> plain), mapper.writeValueAsString(envelope));
      assertEquals(databind(mapper, () -> List.of(plain, plain)), mapper.writeValueAsString(list));
    }
  }

  /** What databind writes for the status envelope of {@code data}. */
  private static String databind(ObjectMapper mapper, Supplier<Object> data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("status", "success");
    envelope.put("data", data.get());
    try {
      return mapper.writeValueAsString(envelope);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static Object construct(CompiledClasses classes, String name, Object... arguments)
      throws Exception {
    Class<?> type = classes.loadClass(PACKAGE + "." + name);
    Constructor<?> constructor = type.getDeclaredConstructors()[0];
    for (Constructor<?> candidate : type.getDeclaredConstructors()) {
      if (candidate.getParameterCount() == arguments.length) {
        constructor = candidate;
      }
    }
    return constructor.newInstance(arguments);
  }

  private static String generated(String name) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(PACKAGE + "." + name)
            .orElseThrow(() -> new AssertionError("not generated: " + name));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        PACKAGE + "." + name, "package " + PACKAGE + ";\n\n" + body);
  }
}
