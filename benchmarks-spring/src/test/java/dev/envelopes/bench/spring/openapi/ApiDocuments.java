package dev.envelopes.bench.spring.openapi;

import dev.envelopes.bench.spring.api.ItemController;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The two descriptions of the benchmarked controller: springdoc's, asked of the running
 * hand-written side, and the one Envelopes' processor wrote beside the controller's classes when
 * it compiled them.
 */
public final class ApiDocuments {

  /** Where springdoc serves its document, from the root of the server. */
  public static final String SPRINGDOC_PATH = "v3/api-docs";

  /** Where the processor writes its document, in the classes of the compilation. */
  public static final String ENVELOPES_RESOURCE = "META-INF/openapi/openapi.json";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private ApiDocuments() {}

  /** springdoc's document of the {@code runtime} side of {@code servers}, which must be started. */
  public static JsonNode springdoc(SpringBenchServers servers)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(servers.base("runtime").resolve(SPRINGDOC_PATH)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /" + SPRINGDOC_PATH + " answered " + response.statusCode() + ": "
              + response.body());
    }
    return ApiDocsExcerpt.parse(response.body());
  }

  /**
   * The document the processor wrote into the classes of {@link ItemController}'s compilation,
   * looked up there alone (the Jakarta benchmarks' jar on the class path has one of its own), or
   * empty when it wrote none.
   */
  public static Optional<JsonNode> envelopes() {
    URL classes = ItemController.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader compilation = new URLClassLoader(new URL[] {classes}, null)) {
      URL document = compilation.findResource(ENVELOPES_RESOURCE);
      if (document == null) {
        return Optional.empty();
      }
      try (InputStream in = document.openStream()) {
        return Optional.of(
            ApiDocsExcerpt.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
