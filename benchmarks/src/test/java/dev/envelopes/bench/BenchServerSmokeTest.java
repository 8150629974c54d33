package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.envelopes.bench.server.BenchJson;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server the HTTP benchmark loads: each generated endpoint and its runtime twin answer the same
 * status and the same JSON, apart from the path in the paging links.
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

  @ParameterizedTest
  @ValueSource(strings = {"one", "list", "page?offset=300&limit=300"})
  void generatedAndRuntimeEndpointsAnswerTheSame(String path)
      throws IOException, InterruptedException {
    HttpResponse<String> generated = get("generated/items/" + path);
    HttpResponse<String> runtime = get("runtime/items/" + path);

    assertEquals(200, generated.statusCode(), generated.body());
    assertEquals(200, runtime.statusCode(), runtime.body());
    JsonNode expected = BenchJson.MAPPER.readTree(generated.body());
    assertEquals(
        expected, BenchJson.MAPPER.readTree(runtime.body().replace("/runtime/", "/generated/")));
    assertEquals(true, expected.get("success").asBoolean());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + "/" + path);
    return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
