package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.bench.items.Payloads;
import dev.envelopes.bench.jmh.Wrapping;
import dev.envelopes.bench.jmh.Wrapping.Implementation;
import dev.envelopes.bench.jmh.Wrapping.Payload;
import dev.envelopes.bench.server.BenchJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each JMH benchmark method, run once outside JMH: the generated envelope and the runtime wrapper
 * must put the same bytes on the wire, or the benchmark would compare different work.
 */
class WrappingSmokeTest {

  @ParameterizedTest
  @EnumSource(Payload.class)
  void generatedAndRuntimeWriteTheSameJson(Payload payload) throws IOException {
    byte[] generated = Wrapping.of(Implementation.GENERATED, payload).run();
    byte[] runtime = Wrapping.of(Implementation.RUNTIME, payload).run();

    assertArrayEquals(
        generated,
        runtime,
        () ->
            new String(generated, StandardCharsets.UTF_8)
                + "\n"
                + new String(runtime, StandardCharsets.UTF_8));
    JsonNode json = BenchJson.MAPPER.readTree(generated);
    assertEquals(602, json.get("code").asInt());
    assertEquals(
        expectedRecords(payload), json.get("data").isArray() ? json.get("data").size() : 1);
  }

  @ParameterizedTest
  @EnumSource(Payload.class)
  void thePayloadAloneIsTheDataOfTheEnvelope(Payload payload) throws IOException {
    JsonNode envelope =
        BenchJson.MAPPER.readTree(Wrapping.of(Implementation.GENERATED, payload).run());
    JsonNode alone =
        BenchJson.MAPPER.readTree(Wrapping.of(Implementation.PAYLOAD_ALONE, payload).run());

    assertEquals(envelope.get("data"), alone);
  }

  @ParameterizedTest
  @EnumSource(Payload.class)
  void aWrappingGivesTheSameBytesEachTimeItRuns(Payload payload) {
    Wrapping wrapping = Wrapping.of(Implementation.GENERATED, payload);
    assertArrayEquals(wrapping.run(), wrapping.run());
  }

  private static int expectedRecords(Payload payload) {
    return switch (payload) {
      case ONE -> 1;
      case LIST_OF_25 -> 25;
      case PAGE_OF_300 -> Payloads.PAGE_LIMIT;
    };
  }
}
