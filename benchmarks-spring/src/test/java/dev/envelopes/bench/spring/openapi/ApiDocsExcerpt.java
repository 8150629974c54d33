package dev.envelopes.bench.spring.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of an OpenAPI document with the component schemas it reaches, as a document of its
 * own: what the README sets side by side, springdoc's against Envelopes'.
 */
public final class ApiDocsExcerpt {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCHEMAS = "#/components/schemas/";

  private ApiDocsExcerpt() {}

  /** Reads a whole OpenAPI document. */
  public static JsonNode parse(String document) {
    return JSON.readTree(document);
  }

  /**
   * The operation {@code method} (lower case, as OpenAPI keys it) at {@code path} of {@code
   * document}, and every schema of {@code components} its {@code $ref}s reach, directly or through
   * another schema.
   */
  public static ObjectNode of(JsonNode document, String path, String method) {
    JsonNode operation = document.path("paths").path(path).path(method);
    if (operation.isMissingNode()) {
      throw new IllegalArgumentException(
          "the document has no " + method + " " + path + "; its paths: "
              + document.path("paths").propertyNames());
    }
    ObjectNode excerpt = JSON.createObjectNode();
    excerpt.putObject("paths").putObject(path).set(method, operation);
    Map<String, JsonNode> reached = schemasReachedFrom(document, operation);
    if (!reached.isEmpty()) {
      ObjectNode schemas = excerpt.putObject("components").putObject("schemas");
      reached.forEach(schemas::set);
    }
    return excerpt;
  }

  /** {@code node} as two-space indented JSON. */
  public static String pretty(JsonNode node) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  private static Map<String, JsonNode> schemasReachedFrom(JsonNode document, JsonNode start) {
    Map<String, JsonNode> reached = new TreeMap<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(start);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      JsonNode ref = node.path("$ref");
      if (ref.isString() && ref.stringValue().startsWith(SCHEMAS)) {
        String name = ref.stringValue().substring(SCHEMAS.length());
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (!schema.isMissingNode() && reached.putIfAbsent(name, schema) == null) {
          pending.push(schema);
        }
      }
      node.values().forEach(pending::push);
    }
    return reached;
  }
}
