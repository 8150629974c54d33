package dev.envelopes.sample.support;

import static dev.envelopes.sample.support.EnvelopeAssertions.keysOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What every answer of the vendor style ({@code docs/styles/vendor.md}, the Flow API) must look
 * like, checked exactly: the media type {@code application/vnd.flow.v2+json}; an {@code
 * X-Request-Id} header; {@code {data, <included>..., request_id}} on success, {@code request_id}
 * the header's id; {@code {request_uuid, status, errors}} on error, {@code request_uuid} the
 * header's id, {@code status} {@code "error"} and each error {@code {message, code, link,
 * description[, attribute]}}, {@code link} the documentation URL followed by the code and {@code
 * description} the same as {@code message}; and for a page, a {@code Link} header (RFC 8288) to the
 * next page and only then.
 *
 * <p>Expected bodies are written without their request id, which the assertions take from the
 * {@code X-Request-Id} response header, so that the header and the body must agree; their keys, at
 * every depth, in the order the answer must have them.
 */
public final class VendorAssertions {

  /** The media type of every answer of a vendor resource, exactly as it is sent. */
  public static final String MEDIA_TYPE = "application/vnd.flow.v2+json";

  /** The header that carries the request id, in and out. */
  public static final String REQUEST_ID = "X-Request-Id";

  /** Where the codes are documented: an error's {@code link} is this followed by its code. */
  public static final String DOCUMENTATION = "https://developer.getflow.com/errors/";

  /** The keys of an error body, in the document's order. */
  public static final List<String> ERROR_KEYS = List.of("request_uuid", "status", "errors");

  /** The keys of one error about no attribute, in the document's order. */
  public static final List<String> DETAIL_KEYS = List.of("message", "code", "link", "description");

  /** The keys of one error about an attribute, in the document's order. */
  public static final List<String> ATTRIBUTE_DETAIL_KEYS =
      List.of("message", "code", "link", "description", "attribute");

  /** What a bad {@code cursor} answers: one the API did not sign for the request's filters. */
  public static final String CURSOR_MESSAGE =
      "cursor must be given at most once, as the cursor of an earlier answer";

  /** What a bad {@code limit} answers: the lists' {@code maxLimit} is 50. */
  public static final String LIMIT_MESSAGE =
      "limit must be given at most once, as a whole number from 1 to 50";

  /** What a view the lists do not offer answers. */
  public static final String VIEW_MESSAGE =
      "view must be given at most once, as one of: default, overdue, upcoming";

  /**
   * The seeded lists by id, from 1: name, workspace id, owner id and due date ({@code null}: none).
   * List 2 is archived. "Today" is 2026-03-02: lists 1 and 4 are upcoming, list 2 overdue.
   */
  public static final Object[][] LISTS = {
    {"Launch", 52L, 1L, "2026-03-20"},
    {"Hiring", 52L, 2L, "2026-02-01"},
    {"Offsite", 52L, 1L, null},
    {"Budget", 52L, 2L, "2026-04-30"},
    {"Backlog", 7L, 1L, null},
  };

  /** The seeded accounts by id, from 1. */
  public static final String[] ACCOUNTS = {"Ada", "Grace"};

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private VendorAssertions() {}

  /** The seeded list {@code n} (from 1), as the API answers it. */
  public static ObjectNode list(int n) {
    Object[] seed = LISTS[n - 1];
    return list(n, (String) seed[0], (Long) seed[1], (Long) seed[2], (String) seed[3]);
  }

  /** A list with the given fields, its keys in the order the API answers them. */
  public static ObjectNode list(
      long id, String name, long workspaceId, long ownerId, String dueOn) {
    ObjectNode list = NODES.objectNode();
    list.set("id", number(id));
    list.put("name", name);
    list.set("workspace_id", number(workspaceId));
    list.set("owner_id", number(ownerId));
    if (dueOn == null) {
      list.putNull("due_on");
    } else {
      list.put("due_on", dueOn);
    }
    return list;
  }

  /** The seeded lists {@code ns}, in that order. */
  public static ArrayNode lists(int... ns) {
    ArrayNode array = NODES.arrayNode();
    for (int n : ns) {
      array.add(list(n));
    }
    return array;
  }

  /** The seeded accounts {@code ns}, in that order. */
  public static ArrayNode accounts(int... ns) {
    ArrayNode array = NODES.arrayNode();
    for (int n : ns) {
      ObjectNode account = NODES.objectNode();
      account.put("id", n);
      account.put("name", ACCOUNTS[n - 1]);
      array.add(account);
    }
    return array;
  }

  /** An expected body written as JSON text, without its request id. */
  public static ObjectNode body(String json) {
    JsonNode body = SampleApi.json(json);
    assertTrue(body.isObject(), () -> "an object expected: " + json);
    return (ObjectNode) body;
  }

  /** A success {@code {"data": data}}, without its request id. */
  public static ObjectNode data(JsonNode data) {
    ObjectNode success = NODES.objectNode();
    success.set("data", data);
    return success;
  }

  /** A page of the seeded lists {@code ns}, {@code {"data": [...]}}, without its request id. */
  public static ObjectNode page(int... ns) {
    return data(lists(ns));
  }

  /**
   * A page of the seeded lists {@code ns} with the accounts {@code owners} side-loaded: {@code
   * {"data": [...], "accounts": [...]}}, without its request id.
   */
  public static ObjectNode pageWithAccounts(int[] ns, int... owners) {
    ObjectNode page = page(ns);
    page.set("accounts", accounts(owners));
    return page;
  }

  /** One error about no attribute: {@code {message, code, link, description}}. */
  public static ObjectNode error(String code, String message) {
    ObjectNode error = NODES.objectNode();
    error.put("message", message);
    error.put("code", code);
    error.put("link", DOCUMENTATION + code);
    error.put("description", message);
    return error;
  }

  /** One error about {@code attribute}: {@code {message, code, link, description, attribute}}. */
  public static ObjectNode error(String code, String message, String attribute) {
    ObjectNode error = error(code, message);
    error.put("attribute", attribute);
    return error;
  }

  /** An {@code invalid_attribute} error about {@code attribute}. */
  public static ObjectNode invalid(String attribute, String message) {
    return error("invalid_attribute", message, attribute);
  }

  /** The {@code unsupported_param} error of the query parameter {@code name}. */
  public static ObjectNode unsupported(String name) {
    return error("unsupported_param", "param is not supported: " + name, name);
  }

  /** The {@code unsupported_version} error of a request for {@code version}. */
  public static ObjectNode unsupportedVersion(int version) {
    return error(
        "unsupported_version",
        "API version "
            + version
            + " is not supported; this API answers version 2 (application/vnd.flow.v2+json).");
  }

  /** The {@code record_not_found} error of list {@code id}. */
  public static ObjectNode listNotFound(long id) {
    return error("record_not_found", "List " + id + " could not be located.");
  }

  /**
   * Asserts a 200 success that is no page exactly: the vendor media type, no {@code Location}, no
   * {@code Link}, and {@code expected} followed by the request id; answers the request id.
   */
  public static String assertSuccess(Response response, ObjectNode expected) {
    String id = requestIdOf(response);
    assertVendor(response, 200, null, withRequestId(expected, id));
    assertEquals(List.of(), response.header("Link"), () -> "Link of " + response);
    return id;
  }

  /** Asserts a 200 success {@code {"data": data, "request_id": ...}}; answers the request id. */
  public static String assertData(Response response, JsonNode data) {
    return assertSuccess(response, data(data));
  }

  /**
   * Asserts a page exactly: 200, the vendor media type, no {@code Location}, {@code expected}
   * followed by the request id, and a {@code Link} to {@code next} or none when it is {@code null};
   * answers the next page's URI, or {@code null}.
   */
  public static URI assertPage(Response response, ObjectNode expected, String next) {
    assertVendor(response, 200, null, withRequestId(expected, requestIdOf(response)));
    if (next == null) {
      assertEquals(List.of(), response.header("Link"), () -> "Link of the last page " + response);
      return null;
    }
    URI link = nextLink(response);
    assertEquals(URI.create(next), link, () -> "next link of " + response);
    return link;
  }

  /**
   * Asserts a 201 of a create exactly: the vendor media type, {@code Location} {@code location}, no
   * {@code Link}, and {@code {"data": id, "request_id": ...}}; answers the request id.
   */
  public static String assertCreated(Response response, String location, long id) {
    String requestId = requestIdOf(response);
    assertVendor(response, 201, location, withRequestId(data(number(id)), requestId));
    assertEquals(List.of(), response.header("Link"), () -> "Link of " + response);
    return requestId;
  }

  /**
   * Asserts an error exactly: {@code status}, the vendor media type, no {@code Location} and no
   * {@code Link}, and {@code {"request_uuid": ..., "status": "error", "errors": errors}}; answers
   * the request id.
   */
  public static String assertError(Response response, int status, ObjectNode... errors) {
    String id = requestIdOf(response);
    ObjectNode expected = NODES.objectNode();
    expected.put("request_uuid", id);
    expected.put("status", "error");
    ArrayNode list = expected.putArray("errors");
    for (ObjectNode error : errors) {
      list.add(error);
    }
    assertVendor(response, status, null, expected);
    assertEquals(List.of(), response.header("Link"), () -> "Link of " + response);
    assertErrorShape(response.json());
    return id;
  }

  /**
   * Asserts what every error body shares: its keys and each error's in the document's order, one
   * error or more, {@code description} the same as {@code message}, {@code link} the documentation
   * URL followed by the code.
   */
  public static void assertErrorShape(JsonNode body) {
    assertEquals(ERROR_KEYS, keysOf(body), "keys of the error body, in order");
    assertTrue(body.get("errors").size() > 0, "errors always holds one or more errors");
    for (JsonNode error : body.get("errors")) {
      assertEquals(
          error.has("attribute") ? ATTRIBUTE_DETAIL_KEYS : DETAIL_KEYS,
          keysOf(error),
          "keys of an error, in order");
      assertEquals(error.get("message"), error.get("description"), "description mirrors message");
      assertEquals(
          DOCUMENTATION + error.get("code").asText(),
          error.get("link").asText(),
          "link of an error");
    }
  }

  /**
   * Asserts the keys of a success: {@code data} first, {@code request_id} last, the included
   * record lists between them.
   */
  public static void assertSuccessShape(JsonNode body) {
    List<String> keys = keysOf(body);
    assertEquals("data", keys.get(0), () -> "data first in " + keys);
    assertEquals("request_id", keys.get(keys.size() - 1), () -> "request_id last in " + keys);
  }

  /** Asserts a 400 whose errors are {@code errors}, in that order. */
  public static String assertBadRequest(Response response, ObjectNode... errors) {
    return assertError(response, 400, errors);
  }

  /** Asserts the 404 {@code record_not_found} of list {@code id}. */
  public static String assertListNotFound(Response response, long id) {
    return assertError(response, 404, listNotFound(id));
  }

  /**
   * Asserts an answer: its status, exactly one {@code Content-Type} of exactly the vendor media
   * type, a {@code Location} equal to {@code location} ({@code null}: none), and a body equal to
   * {@code expected}, request id included, with the keys at every depth in the same order.
   */
  private static void assertVendor(
      Response response, int status, String location, ObjectNode expected) {
    assertEquals(status, response.status(), () -> "status of " + response);
    assertVendorContentType(response);
    assertEquals(
        location == null ? List.of() : List.of(location),
        response.header("Location"),
        () -> "Location of " + response);
    JsonNode actual = response.json();
    assertEquals(expected, actual, () -> "body of " + response.request().uri());
    assertSameKeyOrder(expected, actual, "$");
  }

  /** {@code expected} followed by {@code "request_id": id}. */
  private static ObjectNode withRequestId(ObjectNode expected, String id) {
    assertFalse(expected.has("request_id"), "the request id comes from the response header");
    ObjectNode copy = expected.deepCopy();
    copy.put("request_id", id);
    return copy;
  }

  /** Asserts exactly one {@code Content-Type}: {@value #MEDIA_TYPE}, without parameters. */
  public static void assertVendorContentType(Response response) {
    assertEquals(
        List.of(MEDIA_TYPE), response.header("Content-Type"), () -> "Content-Type of " + response);
  }

  /**
   * The request id of an answer: its one {@code X-Request-Id} header, which the body's {@code
   * request_id} or {@code request_uuid} must repeat.
   */
  public static String requestIdOf(Response response) {
    List<String> ids = response.header(REQUEST_ID);
    assertEquals(1, ids.size(), () -> "one X-Request-Id in " + response.headers().map());
    return ids.get(0);
  }

  /** Asserts that {@code id} is a random UUID in its canonical form, as the API generates one. */
  public static void assertGeneratedId(String id) {
    UUID uuid = UUID.fromString(id);
    assertEquals(uuid.toString(), id, "a UUID in its canonical, lower-case form");
    assertEquals(4, uuid.version(), () -> "a random (version 4) UUID: " + id);
  }

  /**
   * Asserts that the keys of every object in {@code actual} come in the order of those in {@code
   * expected}, which it equals.
   */
  public static void assertSameKeyOrder(JsonNode expected, JsonNode actual, String where) {
    if (expected.isObject()) {
      assertEquals(keysOf(expected), keysOf(actual), () -> "keys of " + where + ", in order");
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        assertSameKeyOrder(
            field.getValue(), actual.get(field.getKey()), where + "." + field.getKey());
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameKeyOrder(expected.get(i), actual.get(i), where + "[" + i + "]");
      }
    }
  }

  /**
   * The {@code next} link of a page, resolved against the request: the {@code Link} header must hold
   * exactly one link-value, its target a URI relative to the server's root in angle brackets and
   * its one parameter {@code rel="next"}, a single relation type.
   */
  public static URI nextLink(Response response) {
    List<LinkValue> links = links(response);
    assertEquals(1, links.size(), () -> "one link in " + response.header("Link"));
    LinkValue link = links.get(0);
    assertEquals(
        Map.of("rel", List.of("next")), link.parameters(), () -> "parameters of the link " + link);
    assertEquals(
        List.of("next"),
        List.of(link.parameters().get("rel").get(0).trim().split("\\s+")),
        "exactly one relation type");
    URI target = URI.create(link.target());
    EnvelopeAssertions.assertRelativeToServerRoot(target);
    return response.request().uri().resolve(target);
  }

  /** Every link-value of the response's {@code Link} headers, parsed as RFC 8288 writes them. */
  public static List<LinkValue> links(Response response) {
    List<LinkValue> links = new ArrayList<>();
    for (String header : response.header("Link")) {
      links.addAll(parseLinks(header));
    }
    return links;
  }

  /**
   * Parses a {@code Link} field value: {@code #link-value}, each {@code "<" URI-Reference ">" *(
   * OWS ";" OWS link-param )}, a link-param {@code token BWS [ "=" BWS ( token / quoted-string )
   * ]}. Parameter names are case-insensitive and kept in lower case. Fails on anything else.
   */
  public static List<LinkValue> parseLinks(String field) {
    List<LinkValue> links = new ArrayList<>();
    Cursor in = new Cursor(field);
    while (true) {
      in.skipWhitespaceAndCommas();
      if (in.atEnd()) {
        return links;
      }
      in.expect('<');
      int close = field.indexOf('>', in.at);
      assertTrue(close >= 0, () -> "no '>' closes the link target in " + field);
      String target = field.substring(in.at, close);
      in.at = close + 1;
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      while (true) {
        in.skipWhitespace();
        if (in.atEnd() || in.peek() == ',') {
          break;
        }
        in.expect(';');
        in.skipWhitespace();
        String name = in.token().toLowerCase(Locale.ROOT);
        in.skipWhitespace();
        String value = "";
        if (!in.atEnd() && in.peek() == '=') {
          in.at++;
          in.skipWhitespace();
          value = !in.atEnd() && in.peek() == '"' ? in.quoted() : in.token();
        }
        parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      }
      links.add(new LinkValue(target, parameters));
    }
  }

  /**
   * A JSON number as Jackson parses one: an {@code int} node when it fits, a {@code long} node
   * otherwise, so that it equals the number of a parsed answer.
   */
  public static JsonNode number(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /**
   * One link of a {@code Link} header.
   *
   * @param target the URI-Reference between the angle brackets
   * @param parameters each parameter's values by its lower-case name, unquoted
   */
  public record LinkValue(String target, Map<String, List<String>> parameters) {}

  /** Reads a {@code Link} field value from left to right. */
  private static final class Cursor {

    private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

    private final String text;
    private int at;

    public Cursor(String text) {
      this.text = text;
    }

    public boolean atEnd() {
      return at >= text.length();
    }

    public char peek() {
      return text.charAt(at);
    }

    public void skipWhitespace() {
      while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
        at++;
      }
    }

    public void skipWhitespaceAndCommas() {
      while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ',')) {
        at++;
      }
    }

    public void expect(char c) {
      assertFalse(atEnd(), () -> "'" + c + "' expected at the end of " + text);
      assertEquals(c, peek(), () -> "'" + c + "' expected at " + at + " of " + text);
      at++;
    }

    public String token() {
      int start = at;
      while (!atEnd() && peek() > ' ' && peek() < 127 && SEPARATORS.indexOf(peek()) < 0) {
        at++;
      }
      assertNotEquals(start, at, () -> "a token expected at " + start + " of " + text);
      return text.substring(start, at);
    }

    public String quoted() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        assertFalse(atEnd(), () -> "an unterminated quoted-string in " + text);
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c == '\\') {
          assertFalse(atEnd(), () -> "an unterminated quoted-pair in " + text);
          c = text.charAt(at++);
        }
        value.append(c);
      }
    }
  }
}
