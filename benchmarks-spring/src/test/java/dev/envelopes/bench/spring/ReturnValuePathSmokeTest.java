package dev.envelopes.bench.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.envelopes.bench.spring.jmh.ReturnValuePath;
import dev.envelopes.bench.spring.jmh.ReturnValuePath.Payload;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JMH benchmark's cells, each run outside JMH: for every payload the generated glue and the
 * hand-written advice write the same status, headers and JSON bytes, each time the same, and each
 * side's value goes through its own return value handler.
 */
class ReturnValuePathSmokeTest {

  private static SpringBenchServers servers;

  @BeforeAll
  static void start() {
    servers = SpringBenchServers.start(SpringBenchServers.SIDES);
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  private static ReturnValuePath path(String side, Payload payload) {
    return ReturnValuePath.of(servers.context(side), payload);
  }

  @ParameterizedTest
  @EnumSource(Payload.class)
  void bothSidesWriteTheSameStatusHeadersAndBytes(Payload payload) {
    ReturnValuePath generated = path("generated", payload);
    ReturnValuePath runtime = path("runtime", payload);
    assertEquals(generated.run(), generated.json().length);
    assertEquals(runtime.run(), runtime.json().length);
    String json = new String(generated.json(), StandardCharsets.UTF_8);

    assertEquals(payload == Payload.CREATED ? 201 : 200, generated.status(), json);
    assertEquals(generated.status(), runtime.status());
    assertEquals(generated.headers(), runtime.headers());
    assertEquals(json, new String(runtime.json(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(Payload.class)
  void aPathWritesTheSameEachTimeItRuns(Payload payload) {
    for (String side : SpringBenchServers.SIDES) {
      ReturnValuePath path = path(side, payload);
      int length = path.run();
      int status = path.status();
      byte[] first = path.json();
      Map<String, String> headers = path.headers();

      assertEquals(length, path.run());
      assertEquals(status, path.status());
      assertArrayEquals(first, path.json());
      assertEquals(headers, path.headers());
    }
  }

  @ParameterizedTest
  @EnumSource(Payload.class)
  void theGeneratedHandlerAnswersTheGeneratedSideAndSpringsTheRuntimeSide(Payload payload) {
    assertEquals(
        "EnvelopesReturnValues",
        path("generated", payload).returnValueHandler().getClass().getSimpleName());
    assertNotEquals(
        "EnvelopesReturnValues",
        path("runtime", payload).returnValueHandler().getClass().getSimpleName());
    assertEquals(
        "RequestResponseBodyMethodProcessor",
        path("runtime", payload).returnValueHandler().getClass().getSimpleName());
  }
}
