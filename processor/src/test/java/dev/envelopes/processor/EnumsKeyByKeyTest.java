package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record with enum components is written key by key, each constant as the text Jackson writes
 * for it by default: its name, or its {@code @JsonProperty} rename. Whether the mapper writes each
 * constant so is checked once per mapper; a mapper that writes them otherwise ({@code
 * WRITE_ENUMS_USING_INDEX}, Jackson 3's default {@code WRITE_ENUMS_USING_TO_STRING} for an enum
 * that overrides {@code toString}, a mix-in, a per-type format) gets databind for the payload, and
 * an enum with {@code @JsonValue} is always left to databind. Either way, the generated serializer
 * writes what databind writes on the same mapper, in each Jackson.
 */
class EnumsKeyByKeyTest {

  private static final String PACKAGE = "com.example.enums";

  private static CompiledClasses jackson2;
  private static CompiledClasses jackson3;
  private static Map<String, String> generated2;

  @BeforeAll
  static void compile() {
    Compilation compilation2 =
        ProcessorCompiler.compileStrictly(sources(), JsonClasspath.JACKSON_2);
    assertThat(compilation2).succeededWithoutWarnings();
    jackson2 = new CompiledClasses(compilation2);
    generated2 = ProcessorCompiler.generatedSources(compilation2);
    jackson3 = CompiledClasses.compiledStrictly(sources(), JsonClasspath.JACKSON_3);
  }

  /** The payloads, by the resource method that answers them. */
  enum Payload {
    /** Plain enums, renamed ones, a list of them and {@code null}s. */
    TASKS,
    /** An enum alone. */
    TOP,
    /** An enum that overrides {@code toString}. */
    SPOKEN,
    /** An enum with {@code @JsonValue}, which databind writes whatever the mapper. */
    CODED;

    String method() {
      String name = name().toLowerCase(java.util.Locale.ROOT);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  /** The same configuration of a mapper, in each Jackson. */
  enum Mappers {
    DEFAULT,
    USING_INDEX,
    USING_TO_STRING,
    NOT_USING_TO_STRING,
    /** A mix-in that renames a constant of {@code Priority}. */
    MIX_IN,
    /** A per-type format that writes {@code Priority} as its index. */
    FORMAT_OVERRIDE;

    com.fasterxml.jackson.databind.ObjectMapper jackson2(CompiledClasses classes) throws Exception {
      var builder = com.fasterxml.jackson.databind.json.JsonMapper.builder();
      switch (this) {
        case DEFAULT -> {}
        case USING_INDEX ->
            builder.enable(
                com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_INDEX);
        case USING_TO_STRING ->
            builder.enable(
                com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
        case NOT_USING_TO_STRING ->
            builder.disable(
                com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
        case MIX_IN -> builder.addMixIn(priority(classes), PriorityMixIn.class);
        case FORMAT_OVERRIDE -> {
          var mapper = builder.build();
          mapper
              .configOverride(priority(classes))
              .setFormat(
                  com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(
                      com.fasterxml.jackson.annotation.JsonFormat.Shape.NUMBER));
          return mapper;
        }
      }
      return builder.build();
    }

    tools.jackson.databind.ObjectMapper jackson3(CompiledClasses classes) throws Exception {
      var builder = tools.jackson.databind.json.JsonMapper.builder();
      switch (this) {
        case DEFAULT -> {}
        case USING_INDEX ->
            builder.enable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_INDEX);
        case USING_TO_STRING ->
            builder.enable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_TO_STRING);
        case NOT_USING_TO_STRING ->
            builder.disable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_USING_TO_STRING);
        case MIX_IN -> builder.addMixIn(priority(classes), PriorityMixIn.class);
        case FORMAT_OVERRIDE ->
            builder.withConfigOverride(
                priority(classes),
                override ->
                    override.setFormat(
                        com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(
                            com.fasterxml.jackson.annotation.JsonFormat.Shape.NUMBER)));
      }
      return builder.build();
    }
  }

  /** Renames {@code Priority.HIGH}, as a mix-in. */
  enum PriorityMixIn {
    LOW,
    @com.fasterxml.jackson.annotation.JsonProperty("urgent")
    HIGH
  }

  static Stream<Arguments> payloadsAndMappers() {
    return Stream.of(Payload.values())
        .flatMap(payload -> Stream.of(Mappers.values()).map(m -> Arguments.of(payload, m)));
  }

  /**
   * The envelope written by its generated serializer is what databind writes for the same keys and
   * values, on the same mapper, twice (the second time with the serializers the mapper cached).
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("payloadsAndMappers")
  void theGeneratedSerializerWritesWhatDatabindWrites(Payload payload, Mappers mappers)
      throws Exception {
    var mapper2 = mappers.jackson2(jackson2);
    var mapper3 = mappers.jackson3(jackson3);
    for (int i = 0; i < 2; i++) {
      assertEquals(
          mapper2.writeValueAsString(asMap(data(jackson2, payload))),
          mapper2.writeValueAsString(envelope(jackson2, payload)),
          "Jackson 2");
      assertEquals(
          mapper3.writeValueAsString(asMap(data(jackson3, payload))),
          mapper3.writeValueAsString(envelope(jackson3, payload)),
          "Jackson 3");
    }
  }

  /**
   * The default mappers let the generated serializers write the enums themselves, but for Jackson
   * 3's, which writes {@code toString()}, when an enum overrides it; every other mapper here writes
   * {@code Priority} otherwise, and gets databind.
   */
  @Test
  void theGeneratedSerializersWriteEnumsUnlessTheMapperWritesThemOtherwise() throws Exception {
    for (Mappers mappers : Mappers.values()) {
      boolean priorityAsNamed =
          mappers == Mappers.DEFAULT
              || mappers == Mappers.USING_TO_STRING
              || mappers == Mappers.NOT_USING_TO_STRING;
      for (Payload payload : List.of(Payload.TASKS, Payload.TOP)) {
        assertEquals(priorityAsNamed, direct2(mappers.jackson2(jackson2), payload), mappers + " 2");
        assertEquals(priorityAsNamed, direct3(mappers.jackson3(jackson3), payload), mappers + " 3");
      }
    }
    assertTrue(direct2(Mappers.DEFAULT.jackson2(jackson2), Payload.SPOKEN));
    assertFalse(direct2(Mappers.USING_TO_STRING.jackson2(jackson2), Payload.SPOKEN));
    assertFalse(direct3(Mappers.DEFAULT.jackson3(jackson3), Payload.SPOKEN));
    assertTrue(direct3(Mappers.NOT_USING_TO_STRING.jackson3(jackson3), Payload.SPOKEN));
  }

  /** Each constant's text is written from a constant, by ordinal; no lookup per value. */
  @Test
  void theSharedClassHoldsEachConstantsText() {
    String shared = generated2.get(path("TaskResourceJson"));
    assertTrue(shared.contains("static void writeTask(Task value"), shared);
    assertTrue(
        shared.contains(
            "static final SerializedString[] PRIORITY_TEXTS = {new SerializedString(\"LOW\"),"),
        shared);
    assertTrue(shared.contains("new SerializedString(\"HIGH\")};"), shared);
    assertTrue(shared.contains("new SerializedString(\"on-hold\")"), shared);
    assertTrue(
        shared.contains("gen.writeString(PRIORITY_TEXTS[value.priority().ordinal()])"), shared);
    assertTrue(
        generated2
            .get(path("TaskResourceTopEnvelope"))
            .contains("gen.writeString(TaskResourceJson.PRIORITY_TEXTS[value.data().ordinal()])"));
    assertFalse(shared.contains("Coded"), shared);
  }

  /**
   * Eclipse's compiler, which IDE users run, finds nothing to warn about either; it reads sources
   * from files only.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(JsonClasspath.class)
  void compilesWithoutWarningsUnderEcj(JsonClasspath json, @TempDir Path folder) throws Exception {
    List<JavaFileObject> files = new ArrayList<>();
    for (JavaFileObject source : sources()) {
      Path file = folder.resolve(source.getName().substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true));
      files.add(JavaFileObjects.forResource(file.toUri().toURL()));
    }
    assertThat(ProcessorCompiler.compileStrictlyWithEcj(files, json)).succeededWithoutWarnings();
  }

  private static String path(String generated) {
    return PACKAGE.replace('.', '/') + "/" + generated + ".java";
  }

  private static Class<?> priority(CompiledClasses classes) throws ClassNotFoundException {
    return classes.loadClass(PACKAGE + ".Priority");
  }

  /** The status envelope's keys and values, for databind to write. */
  private static Map<String, Object> asMap(Object data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("status", "success");
    envelope.put("data", data);
    return envelope;
  }

  private static Object envelope(CompiledClasses classes, Payload payload) throws Exception {
    return construct(
        classes, "TaskResource" + payload.method() + "Envelope", "success", data(classes, payload));
  }

  /** A value of each payload, with every constant and a {@code null}. */
  private static Object data(CompiledClasses classes, Payload payload) throws Exception {
    return switch (payload) {
      case TASKS -> {
        List<Object> tasks = new ArrayList<>();
        Object[] priorities = constants(classes, "Priority");
        Object[] states = constants(classes, "State");
        for (int i = 0; i < states.length; i++) {
          tasks.add(
              construct(
                  classes,
                  "Task",
                  (long) i,
                  priorities[i % priorities.length],
                  states[i],
                  Arrays.asList(priorities[0], null, priorities[1])));
        }
        tasks.add(construct(classes, "Task", 9L, null, null, null));
        yield tasks;
      }
      case TOP -> constants(classes, "Priority")[1];
      case SPOKEN -> construct(classes, "Spoken", constants(classes, "Voice")[0]);
      case CODED -> construct(classes, "Coded", constants(classes, "Code")[1]);
    };
  }

  private static Object[] constants(CompiledClasses classes, String name) throws Exception {
    return classes.loadClass(PACKAGE + "." + name).getEnumConstants();
  }

  private static boolean direct2(com.fasterxml.jackson.databind.ObjectMapper mapper, Payload p)
      throws Exception {
    Class<?> type = jackson2.loadClass(PACKAGE + ".TaskResource" + p.method() + "Envelope");
    var provider = mapper.getSerializerProviderInstance();
    var serializer = provider.findValueSerializer(type);
    return serializer instanceof com.fasterxml.jackson.databind.ser.ContextualSerializer contextual
        && direct(contextual.createContextual(provider, null));
  }

  private static boolean direct3(tools.jackson.databind.ObjectMapper mapper, Payload p)
      throws Exception {
    Class<?> type = jackson3.loadClass(PACKAGE + ".TaskResource" + p.method() + "Envelope");
    var context = mapper._serializationContext();
    return direct(context.findValueSerializer(type).createContextual(context, null));
  }

  /** Whether the serializer writes the payload itself; one with no such choice never does. */
  private static boolean direct(Object serializer) throws Exception {
    try {
      var direct = serializer.getClass().getDeclaredField("direct");
      direct.setAccessible(true);
      return direct.getBoolean(serializer);
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static Object construct(CompiledClasses classes, String name, Object... arguments)
      throws Exception {
    return classes.construct(PACKAGE + "." + name, arguments);
  }

  private static List<JavaFileObject> sources() {
    return List.of(
        source(
            "TaskResource",
            """
            import dev.envelopes.EnvelopeStyle;
            import dev.envelopes.Enveloped;
            import dev.envelopes.Style;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;
            import java.util.List;

            @Path("/tasks")
            @Enveloped
            @EnvelopeStyle(Style.STATUS)
            public class TaskResource {
              @GET public List<Task> tasks() { return null; }
              @GET @Path("top") public Priority top() { return null; }
              @GET @Path("spoken") public Spoken spoken() { return null; }
              @GET @Path("coded") public Coded coded() { return null; }
            }
            """),
        source(
            "Task",
            """
            import java.util.List;

            public record Task(long id, Priority priority, State state, List<Priority> history) {}
            """),
        source("Priority", "public enum Priority { LOW, HIGH }"),
        source(
            "State",
            """
            import com.fasterxml.jackson.annotation.JsonProperty;

            public enum State {
              OPEN,
              @JsonProperty("on-hold") ON_HOLD,
              @JsonProperty("done \\"really\\"") DONE
            }
            """),
        source("Spoken", "public record Spoken(Voice voice) {}"),
        source(
            "Voice",
            """
            import java.util.Locale;

            public enum Voice {
              LOUD, SOFT;

              @Override
              public String toString() { return name().toLowerCase(Locale.ROOT); }
            }
            """),
        source("Coded", "public record Coded(Code code) {}"),
        source(
            "Code",
            """
            import com.fasterxml.jackson.annotation.JsonValue;

            public enum Code {
              FIRST("f"), SECOND("s");

              private final String code;

              Code(String code) { this.code = code; }

              @JsonValue
              public String code() { return code; }
            }
            """));
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        PACKAGE + "." + name, "package " + PACKAGE + ";\n\n" + body);
  }
}
