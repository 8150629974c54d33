package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.sample.SampleEndpoint;
import dev.envelopes.bench.server.BenchJson;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server the HTTP benchmark loads: for every benchmarked endpoint of the sample API, the
 * generated side and its runtime twin answer the same status, headers and JSON, apart from the
 * side's name in links; and the runtime side refuses what the vendor convention refuses, with the
 * same answers, so that both do the same checks.
 */
class BenchServerSmokeTest {

  /** Headers that differ by nature: when, and the length of bodies whose links name the side. */
  private static final Set<String> UNCOMPARED = Set.of("date", "content-length");

  private static BenchServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    // One clock for both sides: a cursor signed across a second's edge would differ otherwise.
    server =
        BenchServer.start(0, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> endpoints() {
    return SampleEndpoint.ALL.stream().map(endpoint -> Arguments.of(endpoint.payload(), endpoint));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void generatedAndRuntimeEndpointsAnswerTheSame(String payload, SampleEndpoint endpoint)
      throws IOException, InterruptedException {
    HttpResponse<String> generated = get("generated", endpoint.path(), endpoint.headers());

    assertEquals(200, generated.statusCode(), generated.body());
    assertFalse(BenchJson.MAPPER.readTree(generated.body()).isEmpty(), generated.body());
    assertSameAnswers(generated, get("runtime", endpoint.path(), endpoint.headers()));
  }

  static Stream<Arguments> refused() {
    Map<String, String> vendor = SampleEndpoint.ALL.get(SampleEndpoint.ALL.size() - 1).headers();
    return Stream.of(
        Arguments.of("v3/lists/1", Map.of(), 404),
        Arguments.of("lists/1", Map.of("Accept", "application/vnd.flow.v3+json"), 406),
        Arguments.of("v2/lists/1?sort=name&page=2", vendor, 400),
        // Only the vendor API's own requests: another style's resource no longer refuses a
        // vendor version in Accept, which is not its business (issue 17).
        Arguments.of("v2/lists?workspace_id=52&view=later&include=tasks", vendor, 400));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refused")
  void bothSidesRefuseTheSameRequests(String path, Map<String, String> headers, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> generated = get("generated", path, headers);

    assertEquals(status, generated.statusCode(), generated.body());
    assertSameAnswers(generated, get("runtime", path, headers));
  }

  private static void assertSameAnswers(
      HttpResponse<String> generated, HttpResponse<String> runtime) throws IOException {
    assertEquals(generated.statusCode(), runtime.statusCode(), runtime.body());
    assertEquals(headers(generated), headers(runtime), "headers");
    assertEquals(
        BenchJson.MAPPER.readTree(generated.body()),
        BenchJson.MAPPER.readTree(asGenerated(runtime.body())));
  }

  private static Map<String, List<String>> headers(HttpResponse<String> response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!UNCOMPARED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(
                    name.toLowerCase(Locale.ROOT),
                    values.stream().map(BenchServerSmokeTest::asGenerated).toList());
              }
            });
    return headers;
  }

  private static String asGenerated(String runtime) {
    return runtime.replace("/runtime/", "/generated/");
  }

  private static HttpResponse<String> get(String side, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.base().resolve(side + "/" + path))
            .header("X-Request-Id", Endpoints.REQUEST_ID);
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
