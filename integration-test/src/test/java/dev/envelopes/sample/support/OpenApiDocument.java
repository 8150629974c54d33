package dev.envelopes.sample.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.1 document, read as what it promises: which operation a request reaches, and what
 * each of its answers may be. Its schemas are checked by the whole document loaded as one schema
 * resource, so that every {@code $ref} into {@code #/components/schemas} resolves, and each
 * response's schema reached by its JSON pointer; in OpenAPI 3.1's dialect, JSON Schema 2020-12
 * with {@code example}, {@code discriminator} and the other keywords OpenAPI adds, and with formats
 * asserted ({@code date-time}, {@code uuid}, {@code uri}...). Jackson 3 here, as the validator reads
 * with it; the suite's own JSON is Jackson 2's.
 */
final class OpenApiDocument {

  /** The name the document goes by as a schema resource; never fetched. */
  private static final String IRI = "https://envelopes.dev/served/openapi.json";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** HTTP methods as OpenAPI names them in a path item. */
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;
  private final List<Route> routes = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /**
   * One way to reach a path item: its template under one of its servers' paths.
   *
   * @param prefix the server's path, such as {@code /v2}, or {@code ""}
   * @param template the path item's key, such as {@code /projects/{id}}
   * @param segments the template's segments, {@code null} where it is a variable
   */
  private record Route(String prefix, String template, List<String> segments, JsonNode item) {

    /** How specific it is: its literal segments and its prefix's, as Jakarta REST ranks them. */
    int literals() {
      int prefixSegments = prefix.isEmpty() ? 0 : prefix.substring(1).split("/").length;
      return prefixSegments + (int) segments.stream().filter(s -> s != null).count();
    }
  }

  /**
   * An operation of the document.
   *
   * @param method its HTTP method, upper case
   * @param template its path template
   * @param pointer the JSON pointer to it in the document
   * @param node what the document says of it
   */
  record Operation(String method, String template, String pointer, JsonNode node) {

    /** Such as {@code GET /projects/{id}}. */
    String name() {
      return method + " " + template;
    }
  }

  private OpenApiDocument(JsonNode root, String text) {
    this.root = root;
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(IRI, text)));
    List<String> rootPrefixes = prefixes(root.path("servers"), List.of(""));
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      JsonNode item = path.getValue();
      List<String> segments = new ArrayList<>();
      for (String segment : segmentsOf(path.getKey())) {
        segments.add(segment.startsWith("{") && segment.endsWith("}") ? null : segment);
      }
      for (String prefix : prefixes(item.path("servers"), rootPrefixes)) {
        routes.add(new Route(prefix, path.getKey(), segments, item));
      }
    }
    routes.sort(Comparator.comparingInt(Route::literals).reversed());
  }

  /** Reads the document {@code text}; fails where it is not JSON. */
  static OpenApiDocument parse(String text) {
    try {
      return new OpenApiDocument(JSON.readTree(text), text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
    }
  }

  /** How many operations the document describes. */
  int operationCount() {
    int count = 0;
    for (JsonNode item : root.path("paths")) {
      for (String method : METHODS) {
        if (item.has(method)) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The operation {@code method} on {@code rawPath} reaches: the path item whose template matches
   * it, one segment per variable, under one of its servers' paths, the most specific first; nothing
   * where no path item matches or the one that does has no such method.
   *
   * @param rawPath the request's path as sent, percent-escapes and all, without its query
   */
  Optional<Operation> operation(String method, String rawPath) {
    String name = method.toLowerCase(Locale.ROOT);
    for (Route route : routes) {
      String path = withoutPrefix(rawPath, route.prefix());
      if (path != null && matches(route.segments(), segmentsOf(path))) {
        JsonNode operation = route.item().get(name);
        if (operation == null) {
          return Optional.empty();
        }
        String pointer = "/paths/" + escaped(route.template()) + "/" + name;
        return Optional.of(
            new Operation(method.toUpperCase(Locale.ROOT), route.template(), pointer, operation));
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with an answer of {@code operation}, as the document describes it: none where
   * it keeps the contract.
   *
   * @param headers the values of a response header by its case-insensitive name
   */
  List<String> problems(
      Operation operation, int status, Function<String, List<String>> headers, String body) {
    List<String> problems = new ArrayList<>();
    Resolved responses = resolve(operation.pointer() + "/responses");
    Optional<String> key = responseKey(responses.node(), status);
    if (key.isEmpty()) {
      List<String> listed = new ArrayList<>();
      responses.node().propertyNames().forEach(listed::add);
      problems.add("status " + status + " is not among those the document lists: " + listed);
      return problems;
    }
    Resolved response = resolve(responses.pointer() + "/" + escaped(key.get()));
    for (Map.Entry<String, JsonNode> header : response.node().path("headers").properties()) {
      Resolved declared = resolve(response.pointer() + "/headers/" + escaped(header.getKey()));
      if (declared.node().path("required").asBoolean(false)
          && headers.apply(header.getKey()).isEmpty()) {
        problems.add("the header " + header.getKey() + ", which the document requires, is missing");
      }
    }
    problems.addAll(bodyProblems(response, headers.apply("Content-Type"), body));
    return problems;
  }

  private List<String> bodyProblems(Resolved response, List<String> contentTypes, String body) {
    JsonNode content = response.node().path("content");
    boolean described = content.isObject() && !content.isEmpty();
    if (body == null || body.isEmpty()) {
      return described
          ? List.of("no body, where the document describes " + namesOf(content))
          : List.of();
    }
    if (!described) {
      return List.of("a body, which the document does not describe");
    }
    String mediaType =
        contentTypes.isEmpty()
            ? ""
            : contentTypes.get(0).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    Optional<String> key = mediaTypeKey(content, mediaType);
    if (key.isEmpty()) {
      return List.of(
          "Content-Type " + mediaType + ", where the document describes " + namesOf(content));
    }
    JsonNode mediaTypeObject = content.get(key.get());
    if (!mediaTypeObject.has("schema") || !isJson(mediaType)) {
      return List.of();
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (JacksonException e) {
      return List.of("a body that is not JSON, where the document describes " + key.get());
    }
    String schemaPointer = response.pointer() + "/content/" + escaped(key.get()) + "/schema";
    List<Error> errors =
        schema(schemaPointer)
            .validate(
                instance,
                context ->
                    context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    if (errors.isEmpty()) {
      return List.of();
    }
    StringBuilder problem = new StringBuilder("the body does not match #" + schemaPointer + ":");
    errors.forEach(error -> problem.append("\n    ").append(error));
    return List.of(problem.toString());
  }

  /** The validator of the schema at {@code pointer}, made once. */
  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer,
        at -> {
          Schema schema = registry.getSchema(SchemaLocation.of(IRI + "#" + fragment(at)));
          schema.initializeValidators();
          return schema;
        });
  }

  /** The response key that lists {@code status}: itself, its range such as {@code 2XX}, or default. */
  private static Optional<String> responseKey(JsonNode responses, int status) {
    String exact = Integer.toString(status);
    String range = status / 100 + "XX";
    Optional<String> found = Optional.empty();
    for (String key : responses.propertyNames()) {
      if (key.equals(exact)) {
        return Optional.of(key);
      }
      if (key.equalsIgnoreCase(range)) {
        found = Optional.of(key);
      } else if (key.equals("default") && found.isEmpty()) {
        found = Optional.of(key);
      }
    }
    return found;
  }

  /** The content key of {@code mediaType}: itself, else a range such as {@code application/*}. */
  private static Optional<String> mediaTypeKey(JsonNode content, String mediaType) {
    String type = mediaType.split("/", 2)[0];
    for (String candidate : List.of(mediaType, type + "/*", "*/*")) {
      for (String key : content.propertyNames()) {
        if (key.split(";", 2)[0].strip().equalsIgnoreCase(candidate)) {
          return Optional.of(key);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static List<String> namesOf(JsonNode content) {
    List<String> names = new ArrayList<>();
    content.propertyNames().forEach(names::add);
    return names;
  }

  /** A node of the document after its local {@code $ref}s, with the pointer it was found at. */
  private record Resolved(String pointer, JsonNode node) {}

  private Resolved resolve(String pointer) {
    String at = pointer;
    JsonNode node = root.at(at);
    for (int hops = 0; node.has("$ref") && hops < 16; hops++) {
      String ref = node.get("$ref").asString();
      if (!ref.startsWith("#")) {
        throw new IllegalStateException("only local references are followed: " + ref);
      }
      at = ref.substring(1);
      node = root.at(at);
    }
    return new Resolved(at, node);
  }

  /** The paths of the servers in {@code servers}, without a trailing slash; else {@code otherwise}. */
  private static List<String> prefixes(JsonNode servers, List<String> otherwise) {
    if (!servers.isArray() || servers.isEmpty()) {
      return otherwise;
    }
    List<String> prefixes = new ArrayList<>();
    for (JsonNode server : servers) {
      String path = URI.create(server.path("url").asString("/")).getRawPath();
      String prefix = path == null ? "" : path.replaceAll("/+$", "");
      if (!prefixes.contains(prefix)) {
        prefixes.add(prefix);
      }
    }
    return prefixes;
  }

  private static String withoutPrefix(String path, String prefix) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.equals(prefix)) {
      return "/";
    }
    return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : null;
  }

  private static List<String> segmentsOf(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }

  private static boolean matches(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      String literal = template.get(i);
      String segment = path.get(i);
      if (literal == null ? segment.isEmpty() : !literal.equals(segment)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON pointer's token for {@code key}: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escaped(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as a URI fragment: what a fragment may not hold, percent-escaped. */
  private static String fragment(String pointer) {
    StringBuilder fragment = new StringBuilder();
    for (char c : pointer.toCharArray()) {
      if (Character.isLetterOrDigit(c) || "/~-._!$&'()*+,;=:@".indexOf(c) >= 0) {
        fragment.append(c);
      } else {
        fragment.append('%').append(String.format("%02X", (int) c));
      }
    }
    return fragment.toString();
  }
}
