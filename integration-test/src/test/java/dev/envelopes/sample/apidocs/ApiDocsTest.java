package dev.envelopes.sample.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.support.Contract;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's description as every sample serves it, outside any envelope: its OpenAPI document at
 * {@code /openapi.json} and the Swagger UI page of it at {@code /docs/}. Over HTTP, without an
 * {@code Accept} header, as a browser's first request may come.
 */
class ApiDocsTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** The document the processor wrote, as JSON. */
  @Test
  void theDocumentIsServedAsTheProcessorWroteIt() {
    Response response = api.getWith("/openapi.json");

    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of("application/json"), response.header("Content-Type"), response::toString);
    assertEquals("3.1.0", response.json().get("openapi").asText(), response::toString);
  }

  @Test
  void thePageIsSwaggerUis() {
    Response response = api.getWith("/docs/");

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("Content-Type").get(0).startsWith("text/html"), response::toString);
    assertTrue(response.body().contains("swagger-initializer.js"), response::toString);
  }

  @Test
  void thePageShowsTheServedDocument() {
    Response response = api.getWith("/docs/swagger-initializer.js");

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.body().contains("url: \"/openapi.json\""), response::toString);
  }

  @Test
  void thePagesScriptComesFromTheWebjar() {
    Response response = api.getWith("/docs/swagger-ui-bundle.js");

    assertEquals(200, response.status(), () -> response.status() + " " + response.headers());
    assertTrue(
        response.header("Content-Type").get(0).startsWith("text/javascript"),
        () -> response.headers().toString());
  }

  /** Where its relative links resolve: {@code /docs} without its slash is sent to the page. */
  @Test
  void theFolderWithoutItsSlashIsSentToThePage() {
    Response response = api.getWith("/docs");

    assertEquals(301, response.status(), response::toString);
    assertEquals("/docs/", response.location().getPath(), response::toString);
  }

  @Test
  void aFileThePageDoesNotHaveIsAPlain404() {
    Response response = api.getWith("/docs/pom.properties");

    assertEquals(404, response.status(), response::toString);
    assertEquals("", response.body(), response::toString);
  }
}
