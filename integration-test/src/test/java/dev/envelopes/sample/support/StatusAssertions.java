package dev.envelopes.sample.support;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertJsonContentType;
import static dev.envelopes.sample.support.EnvelopeAssertions.keysOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * What every answer of the status envelope ({@code docs/styles/status.md}, JSend-like) must look
 * like, checked exactly: {@code {status, data}} on success, plus {@code pagination} ({@code
 * {total_count, current_page, total_pages}}) for a page and only then; {@code {status, data,
 * message, errors}} with 422 on a failure, {@code data} and {@code errors} the same list of {@code
 * {attribute_name, messages}}; {@code {status, message, errors}} on an error, never with {@code
 * data}; and {@code code} last, only for an exception declared with an error code.
 */
public final class StatusAssertions {

  /** The keys of a success, in the document's order. */
  public static final List<String> SUCCESS_KEYS = List.of("status", "data");

  /** The keys of a paged success, in the document's order. */
  public static final List<String> PAGE_KEYS = List.of("status", "data", "pagination");

  /** The keys of {@code pagination}, in the document's order. */
  public static final List<String> PAGINATION_KEYS =
      List.of("total_count", "current_page", "total_pages");

  /** The keys of a failure without a code, in order. */
  public static final List<String> FAILURE_KEYS = List.of("status", "data", "message", "errors");

  /** The keys of an error without a code, in order. */
  public static final List<String> ERROR_KEYS = List.of("status", "message", "errors");

  /** The keys of an entry of a failure's {@code data} and {@code errors}, in order. */
  public static final List<String> ATTRIBUTE_KEYS = List.of("attribute_name", "messages");

  /** What {@code message} says on a failure of the request's input. */
  public static final String NOT_VALID = "The request is not valid.";

  /** What the {@code page} parameter's failure says. */
  public static final String PAGE_MESSAGE =
      "must be given at most once, as a whole number from 1 to 9223372036854775807";

  /** What the {@code per_page} parameter's failure says, for the notes' maximum of 20. */
  public static final String PER_PAGE_MESSAGE =
      "must be given at most once, as a whole number from 1 to 20";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StatusAssertions() {}

  /**
   * Asserts an answer exactly: its status, a JSON content type, no {@code Location} header, and a
   * body equal to {@code expected} with its keys in the order its kind requires.
   */
  public static void assertStatusEnvelope(Response response, int status, JsonNode expected) {
    assertStatusEnvelope(response, status, null, expected);
  }

  /**
   * Asserts an answer exactly: its status, a JSON content type, a {@code Location} header equal to
   * {@code location} ({@code null}: none), and a body equal to {@code expected} with its keys in
   * the order its kind requires.
   */
  public static void assertStatusEnvelope(
      Response response, int status, String location, JsonNode expected) {
    assertEquals(status, response.status(), () -> "status of " + response);
    assertJsonContentType(response);
    assertEquals(
        location == null ? List.of() : List.of(location),
        response.header("Location"),
        () -> "Location of " + response);
    JsonNode actual = response.json();
    assertEquals(expected, actual, () -> "body of " + response.request().uri());
    assertKeyOrder(actual);
  }

  /**
   * Asserts that the keys of an answer come in the order its {@code status} requires, as do those
   * of {@code pagination} and of each attribute entry of a failure.
   */
  public static void assertKeyOrder(JsonNode envelope) {
    String kind = envelope.path("status").asText();
    List<String> expected =
        switch (kind) {
          case "success" -> envelope.has("pagination") ? PAGE_KEYS : SUCCESS_KEYS;
          case "failure" -> withCode(FAILURE_KEYS, envelope);
          case "error" -> withCode(ERROR_KEYS, envelope);
          default -> throw new AssertionError("no status envelope: " + envelope);
        };
    assertEquals(expected, keysOf(envelope), () -> "keys of the " + kind + ", in order");
    if (envelope.has("pagination")) {
      assertEquals(
          PAGINATION_KEYS, keysOf(envelope.get("pagination")), "keys of pagination, in order");
    }
    if (kind.equals("failure")) {
      for (String list : List.of("data", "errors")) {
        for (JsonNode entry : envelope.get(list)) {
          assertEquals(
              ATTRIBUTE_KEYS, keysOf(entry), () -> "keys of an entry of " + list + ", in order");
        }
      }
    }
  }

  private static List<String> withCode(List<String> keys, JsonNode envelope) {
    if (!envelope.has("code")) {
      return keys;
    }
    List<String> withCode = new ArrayList<>(keys);
    withCode.add("code");
    return withCode;
  }

  /** Asserts a 200 success {@code {"status": "success", "data": data}}, without pagination. */
  public static void assertSuccess(Response response, JsonNode data) {
    assertStatusEnvelope(response, 200, success(data));
  }

  /** Asserts a 200 success whose {@code data} is {@code null}: an update's or a delete's. */
  public static void assertNullSuccess(Response response) {
    assertSuccess(response, NODES.nullNode());
  }

  /**
   * Asserts a 422 failure exactly: {@code message}, and {@code data} and {@code errors} both {@code
   * attributes}.
   */
  public static void assertFailure(Response response, String message, ObjectNode... attributes) {
    assertStatusEnvelope(response, 422, failure(message, attributes));
  }

  /** Asserts a 422 failure of the request's input, {@code "The request is not valid."}. */
  public static void assertInvalid(Response response, ObjectNode... attributes) {
    assertFailure(response, NOT_VALID, attributes);
  }

  /** Asserts an error exactly: its status, {@code message}, empty {@code errors}, no code. */
  public static void assertError(Response response, int status, String message) {
    assertStatusEnvelope(response, status, error(message, null));
  }

  /** Asserts a 404 {@code note_not_found} error naming note {@code id}. */
  public static void assertNoteNotFound(Response response, long id) {
    assertStatusEnvelope(response, 404, error("Note " + id + " does not exist.", "note_not_found"));
  }

  /** {@code {"status": "success", "data": data}}. */
  public static ObjectNode success(JsonNode data) {
    ObjectNode envelope = NODES.objectNode();
    envelope.put("status", "success");
    envelope.set("data", data);
    return envelope;
  }

  /** A page of notes as the API answers it, its keys in the document's order. */
  public static ObjectNode page(long totalCount, long currentPage, long totalPages, int... ids) {
    ObjectNode pagination = NODES.objectNode();
    pagination.set("total_count", number(totalCount));
    pagination.set("current_page", number(currentPage));
    pagination.set("total_pages", number(totalPages));
    ObjectNode envelope = success(notes(ids));
    envelope.set("pagination", pagination);
    return envelope;
  }

  /** A failure: {@code data} and {@code errors} both hold {@code attributes}. */
  public static ObjectNode failure(String message, ObjectNode... attributes) {
    ArrayNode list = NODES.arrayNode();
    for (ObjectNode attribute : attributes) {
      list.add(attribute);
    }
    ObjectNode envelope = NODES.objectNode();
    envelope.put("status", "failure");
    envelope.set("data", list);
    envelope.put("message", message);
    envelope.set("errors", list.deepCopy());
    return envelope;
  }

  /** An error with empty {@code errors}, and {@code code} when it is not {@code null}. */
  public static ObjectNode error(String message, String code) {
    ObjectNode envelope = NODES.objectNode();
    envelope.put("status", "error");
    envelope.put("message", message);
    envelope.set("errors", NODES.arrayNode());
    if (code != null) {
      envelope.put("code", code);
    }
    return envelope;
  }

  /**
   * A whole number as Jackson parses it: an {@code int} node when it fits, else a {@code long} one,
   * so that it equals the node read from an answer.
   */
  public static JsonNode number(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /** An entry of a failure: {@code {"attribute_name": name, "messages": [messages...]}}. */
  public static ObjectNode attribute(String name, String... messages) {
    ObjectNode attribute = NODES.objectNode();
    attribute.put("attribute_name", name);
    ArrayNode list = attribute.putArray("messages");
    for (String message : messages) {
      list.add(message);
    }
    return attribute;
  }

  /** The seeded note {@code n} (from 1), as the API answers it. */
  public static ObjectNode note(int n) {
    Object[] seed = SampleApi.NOTES[n - 1];
    return note(n, (String) seed[0], (String) seed[1], (Boolean) seed[2]);
  }

  /** Note {@code id} with the given fields, as the API answers it. */
  public static ObjectNode note(long id, String title, String body, boolean locked) {
    ObjectNode note = NODES.objectNode();
    note.set("id", number(id));
    note.put("title", title);
    note.put("body", body);
    note.put("locked", locked);
    return note;
  }

  /** The seeded notes {@code ns}, as a JSON array in that order. */
  public static ArrayNode notes(int... ns) {
    ArrayNode array = NODES.arrayNode();
    for (int n : ns) {
      array.add(note(n));
    }
    return array;
  }

  /** Asserts that a success has no {@code pagination} key at all: not even {@code null}. */
  public static void assertNoPagination(Response response) {
    JsonNode body = response.json();
    assertEquals("success", body.path("status").asText(), () -> "a success expected: " + response);
    assertFalse(
        body.has("pagination"), () -> "pagination in an answer that is no page: " + response);
    assertEquals(SUCCESS_KEYS, keysOf(body), () -> "keys of " + response);
  }
}
