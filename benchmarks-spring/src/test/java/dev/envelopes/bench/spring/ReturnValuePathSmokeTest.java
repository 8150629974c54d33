package dev.envelopes.bench.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.bench.spring.jmh.ReturnValuePath;
import dev.envelopes.bench.spring.jmh.ReturnValuePath.Payload;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The JMH benchmark's cells, each run outside JMH: for every payload the generated glue and the
 * hand-written advice write the same status, headers and JSON bytes, each time the same, and each
 * side's value goes through its own return value handler, each side's exception through its own
 * advice.
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

    assertEquals(
        switch (payload) {
          case CREATED -> 201;
          case DECLARED_ERROR -> 404;
          default -> 200;
        },
        generated.status(),
        json);
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
  @EnumSource(value = Payload.class, mode = EnumSource.Mode.EXCLUDE, names = "DECLARED_ERROR")
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

  /** The declared error is answered by the generated advice or by the hand-written one, not both. */
  @Test
  void eachSideAnswersTheDeclaredErrorWithItsOwnAdvice() {
    List<String> generated = adviceOf("generated");
    List<String> runtime = adviceOf("runtime");

    assertTrue(generated.contains("EnvelopesExceptionHandler"), generated::toString);
    assertFalse(generated.contains("ApiErrorAdvice"), generated::toString);
    assertTrue(runtime.contains("ApiErrorAdvice"), runtime::toString);
    assertFalse(runtime.contains("EnvelopesExceptionHandler"), runtime::toString);
  }

  /** The simple names of the controller advice beans of {@code side}'s application, sorted. */
  private static List<String> adviceOf(String side) {
    return servers.context(side).getBeansWithAnnotation(ControllerAdvice.class).values().stream()
        .map(bean -> ClassUtils.getUserClass(bean).getSimpleName())
        .sorted()
        .toList();
  }
}
