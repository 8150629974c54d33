package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.Style;
import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.server.BenchJson;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server the HTTP benchmark loads: in every style, each generated endpoint and its runtime twin
 * answer the same status, media type, next-page link and JSON, apart from the path in the links.
 */
class BenchServerSmokeTest {

  private static HttpServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = BenchServer.start(0);
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static Stream<Arguments> endpoints() {
    return Arrays.stream(Style.values())
        .flatMap(style -> Stream.of("one", "list", "page").map(m -> Arguments.of(style, m)));
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void generatedAndRuntimeEndpointsAnswerTheSame(Style style, String method)
      throws IOException, InterruptedException {
    HttpResponse<String> generated = get(Endpoints.path("generated", style, method));
    HttpResponse<String> runtime = get(Endpoints.path("runtime", style, method));

    assertEquals(200, generated.statusCode(), generated.body());
    assertEquals(200, runtime.statusCode(), runtime.body());
    for (String header : new String[] {"Content-Type", "Link", "X-Request-Id"}) {
      assertEquals(
          generated.headers().allValues(header),
          runtime.headers().allValues(header).stream()
              .map(BenchServerSmokeTest::asGenerated)
              .toList(),
          header);
    }
    assertEquals(
        BenchJson.MAPPER.readTree(generated.body()),
        BenchJson.MAPPER.readTree(asGenerated(runtime.body())));
  }

  private static String asGenerated(String runtime) {
    return runtime.replace("/runtime/", "/generated/");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + "/" + path);
    return CLIENT.send(
        HttpRequest.newBuilder(uri).header("X-Request-Id", Endpoints.REQUEST_ID).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
