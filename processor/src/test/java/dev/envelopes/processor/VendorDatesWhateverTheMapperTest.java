package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vendor style puts dates on the wire as ISO-8601 whatever the mapper does with them, for every
 * payload: the generated serializers write those of the records they write key by key themselves
 * (records with enums among them), and refuse, once per mapper, one that would write those of a
 * payload they leave to databind otherwise (the style's 500), in each Jackson. The mappers that write timestamps here are Jackson
 * 3's with {@code WRITE_DATES_AS_TIMESTAMPS}, and Jackson 2's with a serializer of {@code
 * LocalDate}, {@code ZonedDateTime} and {@code Duration} that writes numbers, as {@code
 * JavaTimeModule} does with its timestamps on.
 */
class VendorDatesWhateverTheMapperTest {

  private static final String PACKAGE = "com.example.ship";

  private static final LocalDate ETA = LocalDate.of(2026, 4, 1);

  private static CompiledClasses jackson2;
  private static CompiledClasses jackson3;

  @BeforeAll
  static void compile() {
    jackson2 = CompiledClasses.compiledStrictly(sources(), JsonClasspath.JACKSON_2);
    jackson3 = CompiledClasses.compiledStrictly(sources(), JsonClasspath.JACKSON_3);
  }

  /**
   * A record with an enum component is written key by key, the enum as its constant's name, so its
   * dates are ISO-8601 whatever the mapper does with them: the reported case, refused before.
   */
  @Test
  void aRecordWithAnEnumIsWrittenWithIsoDatesByAMapperThatWritesTimestamps() throws Exception {
    String expected =
        "{\"data\":[{\"seq\":1,\"status\":\"IN_TRANSIT\",\"eta\":\"2026-04-01\"}],"
            + "\"request_id\":null}";
    assertEquals(
        expected,
        timestamps2()
            .writeValueAsString(envelope(jackson2, "Legs", List.of(leg(jackson2, "Status", 1)))));
    assertEquals(
        expected,
        timestamps3()
            .writeValueAsString(envelope(jackson3, "Legs", List.of(leg(jackson3, "Status", 1)))));
  }

  /**
   * An enum with {@code @JsonValue} is left to databind, and the record that holds it: the mapper
   * must write its dates as ISO-8601, or the answer is refused rather than written with timestamps.
   */
  @Test
  void aRecordWithAJsonValueEnumIsRefusedByAMapperThatWritesTimestamps() throws Exception {
    assertRefused2(envelope(jackson2, "CodedLegs", List.of(leg(jackson2, "Code", 0))));
    assertRefused3(envelope(jackson3, "CodedLegs", List.of(leg(jackson3, "Code", 0))));
  }

  /**
   * Jackson 3 writes an enum as its {@code toString()} by default: where an enum overrides it, the
   * mapper does not write the enum as its names, so databind writes the payload, and a mapper that
   * writes timestamps is refused; Jackson 2's writes the names, and the dates are ISO-8601.
   */
  @Test
  void aRecordWithAnEnumWrittenAsItsToStringIsLeftToAMapperThatMustWriteIso() throws Exception {
    assertEquals(
        "{\"data\":[{\"seq\":1,\"mode\":\"SEA\",\"eta\":\"2026-04-01\"}]," + "\"request_id\":null}",
        timestamps2()
            .writeValueAsString(envelope(jackson2, "ModeLegs", List.of(leg(jackson2, "Mode", 0)))));
    assertRefused3(envelope(jackson3, "ModeLegs", List.of(leg(jackson3, "Mode", 0))));
    assertEquals(
        "{\"data\":[{\"seq\":1,\"mode\":\"by sea\",\"eta\":\"2026-04-01\"}],"
            + "\"request_id\":null}",
        iso3()
            .writeValueAsString(envelope(jackson3, "ModeLegs", List.of(leg(jackson3, "Mode", 0)))));
  }

  @Test
  void aRecordWithAnEnumIsWrittenWithIsoDatesByAMapperThatWritesIso() throws Exception {
    assertEquals(
        "{\"data\":[{\"seq\":1,\"status\":\"IN_TRANSIT\",\"eta\":\"2026-04-01\"}],"
            + "\"request_id\":null}",
        iso3().writeValueAsString(envelope(jackson3, "Legs", List.of(leg(jackson3, "Status", 1)))));
  }

  /** A visit is a bean, which databind writes whatever the mapper. */
  @Test
  void aBeanPayloadWithDatesIsRefusedByAMapperThatWritesTimestamps() throws Exception {
    assertRefused2(envelope(jackson2, "Visits", List.of(visit(jackson2))));
    assertRefused3(envelope(jackson3, "Visits", List.of(visit(jackson3))));
  }

  @Test
  void aBeanPayloadWithDatesIsWrittenByAMapperThatWritesIso() throws Exception {
    String written =
        iso3().writeValueAsString(envelope(jackson3, "Visits", List.of(visit(jackson3))));
    assertEquals("{\"data\":[{\"on\":\"2026-04-01\"}],\"request_id\":null}", written);
  }

  /** A map of dates, the payload itself, is left to databind too. */
  @Test
  void aMapOfDatesIsRefusedByAMapperThatWritesTimestamps() throws Exception {
    assertRefused2(envelope(jackson2, "Dated", Map.of("eta", ETA)));
    assertRefused3(envelope(jackson3, "Dated", Map.of("eta", ETA)));
  }

  /**
   * A date with {@code @JsonFormat} is written as the annotation says, whatever the mapper's
   * default for its type: the mapper is not asked about it.
   */
  @Test
  void aFormattedDateIsWrittenWithItsPattern() throws Exception {
    Object formatted = construct(jackson3, "Formatted", ETA);
    assertEquals(
        "{\"data\":{\"on\":\"01.04.2026\"},\"request_id\":null}",
        timestamps3().writeValueAsString(envelope(jackson3, "Formatted", formatted)));
  }

  private static void assertRefused2(Object envelope) {
    var refused =
        assertThrows(
            com.fasterxml.jackson.databind.JsonMappingException.class,
            () -> timestamps2().writeValueAsString(envelope));
    assertTrue(
        refused
            .getMessage()
            .contains(
                "Envelopes leaves this payload to the ObjectMapper, as it holds a type that"
                    + " Envelopes does not write key by key, and the mapper writes java.time"
                    + " values otherwise: register Jackson's JavaTimeModule"),
        refused.getMessage());
  }

  private static void assertRefused3(Object envelope) {
    var refused =
        assertThrows(
            tools.jackson.databind.DatabindException.class,
            () -> timestamps3().writeValueAsString(envelope));
    assertTrue(
        refused.getMessage().contains("disable DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS"),
        refused.getMessage());
  }

  /** Jackson 2's mapper that writes dates and durations as numbers, as timestamps. */
  static com.fasterxml.jackson.databind.ObjectMapper timestamps2() {
    var numbers = new com.fasterxml.jackson.databind.module.SimpleModule();
    numbers.addSerializer(LocalDate.class, new Timestamp2<>(LocalDate.class));
    numbers.addSerializer(ZonedDateTime.class, new Timestamp2<>(ZonedDateTime.class));
    numbers.addSerializer(Duration.class, new Timestamp2<>(Duration.class));
    return com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(numbers).build();
  }

  static tools.jackson.databind.ObjectMapper timestamps3() {
    return tools.jackson.databind.json.JsonMapper.builder()
        .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();
  }

  static tools.jackson.databind.ObjectMapper iso3() {
    return tools.jackson.databind.json.JsonMapper.builder().build();
  }

  /** Writes a date or duration as a number, as {@code JavaTimeModule}'s timestamps are. */
  private static final class Timestamp2<T>
      extends com.fasterxml.jackson.databind.ser.std.StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    Timestamp2(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(
        T value,
        com.fasterxml.jackson.core.JsonGenerator gen,
        com.fasterxml.jackson.databind.SerializerProvider provider)
        throws java.io.IOException {
      gen.writeNumber(value.hashCode());
    }
  }

  /** The envelope of the method {@code method} of the resource, holding {@code data}. */
  static Object envelope(CompiledClasses classes, String method, Object data) throws Exception {
    return construct(classes, "ShipmentResource" + method + "Envelope", data, null);
  }

  /** The leg {@code LegWith<enumType>} of the constant {@code constant} of its enum. */
  private static Object leg(CompiledClasses classes, String enumType, int constant)
      throws Exception {
    Class<?> type = classes.loadClass(PACKAGE + ".LegWith" + enumType + "$" + enumType);
    return construct(classes, "LegWith" + enumType, 1, type.getEnumConstants()[constant], ETA);
  }

  private static Object visit(CompiledClasses classes) throws Exception {
    Object visit = construct(classes, "Visit");
    visit.getClass().getMethod("setOn", LocalDate.class).invoke(visit, ETA);
    return visit;
  }

  static Object construct(CompiledClasses classes, String name, Object... arguments)
      throws Exception {
    return classes.construct(PACKAGE + "." + name, arguments);
  }

  private static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "ShipApi",
            """
import dev.envelopes.EnvelopeApi;
import dev.envelopes.VendorConvention;

@EnvelopeApi
@VendorConvention(vendor = "ship", version = 1, errorDocumentation = "https://ship.example/errors")
public class ShipApi {}
"""));
    sources.add(
        source(
            "ShipmentResource",
            """
            import dev.envelopes.EnvelopeStyle;
            import dev.envelopes.Enveloped;
            import dev.envelopes.Style;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;
            import java.time.LocalDate;
            import java.util.List;
            import java.util.Map;

            @Path("/shipments")
            @Enveloped
            @EnvelopeStyle(Style.VENDOR)
            public class ShipmentResource {
              @GET @Path("legs") public List<LegWithStatus> legs() { return null; }
              @GET @Path("coded-legs") public List<LegWithCode> codedLegs() { return null; }
              @GET @Path("mode-legs") public List<LegWithMode> modeLegs() { return null; }
              @GET @Path("visits") public List<Visit> visits() { return null; }
              @GET @Path("dated") public Map<String, LocalDate> dated() { return null; }
              @GET @Path("formatted") public Formatted formatted() { return null; }
            }
            """));
    sources.add(
        source(
            "LegWithStatus",
            """
            import java.time.LocalDate;

            public record LegWithStatus(int seq, Status status, LocalDate eta) {
              public enum Status { PLANNED, IN_TRANSIT }
            }
            """));
    sources.add(
        source(
            "LegWithCode",
            """
            import com.fasterxml.jackson.annotation.JsonValue;
            import java.time.LocalDate;

            public record LegWithCode(int seq, Code code, LocalDate eta) {
              public enum Code {
                DIRECT;

                @JsonValue
                public String code() { return "d"; }
              }
            }
            """));
    sources.add(
        source(
            "LegWithMode",
            """
            import java.time.LocalDate;

            public record LegWithMode(int seq, Mode mode, LocalDate eta) {
              public enum Mode {
                SEA;

                @Override
                public String toString() { return "by sea"; }
              }
            }
            """));
    sources.add(
        source(
            "Visit",
            """
            import java.time.LocalDate;

            public class Visit {
              private LocalDate on;

              public LocalDate getOn() { return on; }

              public void setOn(LocalDate on) { this.on = on; }
            }
            """));
    sources.add(
        source(
            "Formatted",
            """
            import com.fasterxml.jackson.annotation.JsonFormat;
            import java.time.LocalDate;

            public record Formatted(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate on) {}
            """));
    return sources;
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        PACKAGE + "." + name, "package " + PACKAGE + ";\n\n" + body);
  }
}
