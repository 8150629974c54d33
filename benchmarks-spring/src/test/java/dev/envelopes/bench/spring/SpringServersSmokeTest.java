package dev.envelopes.bench.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.bench.spring.api.EnvelopesConfiguration;
import dev.envelopes.bench.spring.http.SpringEndpoint;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The servers the Spring HTTP benchmark loads: for every benchmarked endpoint, the generated glue
 * and the hand-written advice answer the same status, headers and JSON bytes, or the benchmark
 * would compare different work; and each side runs only its own wrapping.
 */
class SpringServersSmokeTest {

  /** The one header that differs by nature: when. */
  private static final String DATE = "date";

  private static SpringBenchServers servers;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    servers = SpringBenchServers.start(SpringBenchServers.SIDES);
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  static Stream<Arguments> endpoints() {
    return SpringEndpoint.ALL.stream().map(endpoint -> Arguments.of(endpoint.payload(), endpoint));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void bothSidesAnswerTheSameStatusHeadersAndBytes(String payload, SpringEndpoint endpoint)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> generated = send("generated", endpoint);
    HttpResponse<byte[]> runtime = send("runtime", endpoint);
    String generatedJson = new String(generated.body(), StandardCharsets.UTF_8);

    assertEquals(endpoint.status(), generated.statusCode(), generatedJson);
    assertTrue(generatedJson.startsWith("{\"success\":"), generatedJson);
    assertEquals(endpoint.status(), runtime.statusCode());
    assertEquals(headers(generated), headers(runtime), "headers");
    assertEquals(generatedJson, new String(runtime.body(), StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheGeneratedSideRunsTheGeneratedGlue() {
    assertFalse(
        servers
            .context("generated")
            .getBeansOfType(EnvelopesConfiguration.class)
            .isEmpty(),
        "the generated side has the glue's auto-configuration");
    assertTrue(
        servers.context("runtime").getBeansOfType(EnvelopesConfiguration.class).isEmpty(),
        "the runtime side has not");
  }

  private static HttpResponse<byte[]> send(String side, SpringEndpoint endpoint)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(servers.base(side).resolve(endpoint.path()))
            .method(
                endpoint.load().method(),
                endpoint.load().body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(endpoint.load().body()));
    endpoint.load().headers().forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.toLowerCase(Locale.ROOT).equals(DATE)) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
              }
            });
    return headers;
  }
}
