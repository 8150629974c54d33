package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.Style;
import dev.envelopes.bench.items.Payloads;
import dev.envelopes.bench.jmh.Wrapping;
import dev.envelopes.bench.jmh.Wrapping.Implementation;
import dev.envelopes.bench.jmh.Wrapping.Payload;
import dev.envelopes.bench.server.BenchJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each JMH benchmark, run once outside JMH: in every style, the generated envelope and the runtime
 * wrapper must put the same bytes and headers on the wire, or the benchmark would compare different
 * work.
 */
class WrappingSmokeTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> stylesAndPayloads() {
    return Arrays.stream(Style.values())
        .flatMap(style -> Arrays.stream(Payload.values()).map(p -> Arguments.of(style, p)));
  }

  @ParameterizedTest
  @MethodSource("stylesAndPayloads")
  void generatedAndRuntimeWriteTheSameJson(Style style, Payload payload) throws IOException {
    // One fixed clock for both sides: a cursor signed across a second's edge would differ
    // otherwise.
    Wrapping generatedWrapping = Wrapping.of(Implementation.GENERATED, style, payload, CLOCK);
    Wrapping runtimeWrapping = Wrapping.of(Implementation.RUNTIME, style, payload, CLOCK);
    byte[] generated = jsonOf(generatedWrapping);
    byte[] runtime = jsonOf(runtimeWrapping);

    assertArrayEquals(
        generated,
        runtime,
        () ->
            new String(generated, StandardCharsets.UTF_8)
                + "\n"
                + new String(runtime, StandardCharsets.UTF_8));
    assertEquals(headers(generatedWrapping), headers(runtimeWrapping));
    JsonNode data = dataOf(style, payload, BenchJson.MAPPER.readTree(generated));
    assertEquals(expectedRecords(payload), data.isArray() ? data.size() : 1);
  }

  @ParameterizedTest
  @MethodSource("stylesAndPayloads")
  void thePayloadAloneIsTheDataOfTheEnvelope(Style style, Payload payload) throws IOException {
    JsonNode envelope =
        BenchJson.MAPPER.readTree(jsonOf(Wrapping.of(Implementation.GENERATED, style, payload)));
    JsonNode alone =
        BenchJson.MAPPER.readTree(
            jsonOf(Wrapping.of(Implementation.PAYLOAD_ALONE, style, payload)));

    assertEquals(dataOf(style, payload, envelope), alone);
  }

  @ParameterizedTest
  @MethodSource("stylesAndPayloads")
  void theStreamingPayloadAloneWritesWhatDatabindWrites(Style style, Payload payload) {
    byte[] databind = jsonOf(Wrapping.of(Implementation.PAYLOAD_ALONE, style, payload));
    byte[] streaming = jsonOf(Wrapping.of(Implementation.STREAMING_PAYLOAD_ALONE, style, payload));

    assertArrayEquals(databind, streaming, () -> new String(streaming, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("stylesAndPayloads")
  void theGeneratedFiltersOnlyRunTheFiltersAndWriteTheGeneratedJson(Style style, Payload payload) {
    Wrapping generated = Wrapping.of(Implementation.GENERATED, style, payload, CLOCK);
    Wrapping filtersOnly =
        Wrapping.of(Implementation.GENERATED_FILTERS_ONLY, style, payload, CLOCK);

    assertArrayEquals(jsonOf(generated), jsonOf(filtersOnly));
    assertEquals(headers(generated), headers(filtersOnly));
    assertFalse(headers(filtersOnly).isEmpty(), "the filters set the response's headers");
  }

  @ParameterizedTest
  @MethodSource("stylesAndPayloads")
  void aWrappingGivesTheSameBytesAndHeadersEachTimeItRuns(Style style, Payload payload) {
    for (Implementation implementation : Implementation.values()) {
      Wrapping wrapping = Wrapping.of(implementation, style, payload, CLOCK);
      byte[] first = jsonOf(wrapping);
      Map<String, String> headers = headers(wrapping);
      assertArrayEquals(first, jsonOf(wrapping));
      assertEquals(headers, headers(wrapping));
    }
  }

  /** Runs {@code wrapping} once and answers the JSON it wrote. */
  private static byte[] jsonOf(Wrapping wrapping) {
    assertEquals(wrapping.run(), wrapping.json().length);
    return wrapping.json();
  }

  /** The records of an answer: the bare style answers a value or a list as it is. */
  private static JsonNode dataOf(Style style, Payload payload, JsonNode json) {
    return style == Style.BARE && payload != Payload.PAGE_OF_300 ? json : json.get("data");
  }

  private static Map<String, String> headers(Wrapping wrapping) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    wrapping.headers().forEach((name, values) -> headers.put(name, String.valueOf(values)));
    return headers;
  }

  private static int expectedRecords(Payload payload) {
    return switch (payload) {
      case ONE -> 1;
      case LIST_OF_25 -> 25;
      case PAGE_OF_300 -> Payloads.PAGE_LIMIT;
    };
  }
}
