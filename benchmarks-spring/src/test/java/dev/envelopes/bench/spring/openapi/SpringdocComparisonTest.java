package dev.envelopes.bench.spring.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.bench.runtime.ApiResponse;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The claim on the benchmark's own controller: springdoc, asked at run time, describes
 * the answers of a controller wrapped by a {@code ResponseBodyAdvice} as the bare values the
 * methods return, while the wire carries the meta envelope's nine keys; the document Envelopes'
 * processor writes at compile time describes the envelope. The last two tests read that document
 * from the classes and fail until the processor writes it (issue 19).
 */
class SpringdocComparisonTest {

  /**
   * The meta envelope's keys, in the order it writes them: the hand-written envelope's, which the
   * smoke tests prove writes the same bytes as the generated one.
   */
  private static final List<String> META_KEYS =
      List.of(ApiResponse.class.getAnnotation(JsonPropertyOrder.class).value());

  private static final String SCHEMAS = "#/components/schemas/";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static SpringBenchServers servers;
  private static JsonNode springdoc;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    servers = SpringBenchServers.start(List.of("runtime"));
    springdoc = ApiDocuments.springdoc(servers);
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  @Test
  void theHandWrittenSideAnswersTheMetaEnvelope() throws IOException, InterruptedException {
    for (String path : List.of("items/1", "items/first")) {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(servers.base("runtime").resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), path);
      assertEquals(META_KEYS, names(ApiDocsExcerpt.parse(response.body())), path);
    }
  }

  @Test
  void springdocDescribesOneItemAsTheBareItem() {
    JsonNode schema = successSchema(springdoc, "/items/{id}");

    assertEquals(SCHEMAS + "Item", schema.path("$ref").stringValue(), schema.toString());
    assertEquals(
        List.of("id", "name", "owner", "done", "priority"),
        names(component(springdoc, "Item").path("properties")));
  }

  @Test
  void springdocDescribesTheListAsABareArray() {
    JsonNode schema = successSchema(springdoc, "/items/first");

    assertEquals("array", schema.path("type").stringValue(), schema.toString());
    assertEquals(SCHEMAS + "Item", schema.path("items").path("$ref").stringValue());
  }

  @Test
  void noSchemaOfSpringdocsDocumentHasAnyKeyOfTheEnvelope() {
    JsonNode schemas = springdoc.path("components").path("schemas");
    assertTrue(schemas.size() > 0, springdoc.toString());
    for (String name : schemas.propertyNames()) {
      List<String> envelopeKeys = new ArrayList<>(names(schemas.path(name).path("properties")));
      envelopeKeys.retainAll(META_KEYS);

      assertEquals(List.of(), envelopeKeys, name);
    }
  }

  @Test
  void envelopesDescribesOneItemAsItsEnvelope() {
    JsonNode document = envelopesDocument();
    JsonNode schema = successSchema(document, "/items/{id}");

    assertEnvelope(document, schema, "ItemControllerItemEnvelope");
    assertTrue(
        component(document, "ItemControllerItemEnvelope")
            .path("properties")
            .path("data")
            .toString()
            .contains("\"" + SCHEMAS + "Item\""),
        "data holds the Item");
  }

  @Test
  void envelopesDescribesTheListAsItsEnvelope() {
    JsonNode document = envelopesDocument();
    JsonNode schema = successSchema(document, "/items/first");

    assertEnvelope(document, schema, "ItemControllerFirstEnvelope");
    String data =
        component(document, "ItemControllerFirstEnvelope").path("properties").path("data").toString();
    assertTrue(
        data.contains("\"array\"") && data.contains("\"" + SCHEMAS + "Item\""),
        "data holds an array of Item: " + data);
  }

  private static void assertEnvelope(JsonNode document, JsonNode schema, String envelope) {
    assertEquals(SCHEMAS + envelope, schema.path("$ref").stringValue(), schema.toString());
    JsonNode component = component(document, envelope);
    assertEquals(META_KEYS, names(component.path("properties")), component.toString());
    List<String> required = new ArrayList<>();
    component.path("required").values().forEach(key -> required.add(key.stringValue()));
    assertTrue(required.containsAll(META_KEYS), "the nine keys are always written: " + required);
  }

  private static JsonNode envelopesDocument() {
    return ApiDocuments.envelopes()
        .orElseThrow(
            () ->
                new AssertionError(
                    "the processor wrote no "
                        + ApiDocuments.ENVELOPES_RESOURCE
                        + " into the benchmark's classes (issue 19's document)"));
  }

  /** The schema of the one media type of the 200 answer of GET {@code path}. */
  private static JsonNode successSchema(JsonNode document, String path) {
    JsonNode content =
        document.path("paths").path(path).path("get").path("responses").path("200").path("content");
    assertEquals(1, content.size(), path + " answers 200 in one media type: " + content);
    return content.values().iterator().next().path("schema");
  }

  private static JsonNode component(JsonNode document, String name) {
    JsonNode schema = document.path("components").path("schemas").path(name);
    assertTrue(schema.isObject(), "no component schema " + name);
    return schema;
  }

  private static List<String> names(JsonNode object) {
    return List.copyOf(object.propertyNames());
  }
}
