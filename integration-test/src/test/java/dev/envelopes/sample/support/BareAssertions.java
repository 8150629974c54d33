package dev.envelopes.sample.support;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertJsonContentType;
import static dev.envelopes.sample.support.EnvelopeAssertions.keysOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envelopes.sample.support.SampleApi.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What every answer of the bare style ({@code docs/styles/bare.md}) must look like, checked
 * exactly: no envelope on success, {@code {errorCode, errorMessage}} on error, {@code {cursor,
 * count, totalRecordCount, hasMoreRecords, data}} for a page, an empty body for an update, a delete
 * or a process action, and 204 without a body when a query finds nothing.
 */
public final class BareAssertions {

  /** The keys of an error, in the order of the document. */
  public static final List<String> ERROR_KEYS = List.of("errorCode", "errorMessage");

  /** The keys of a paged answer, in the order of the document. */
  public static final List<String> PAGE_KEYS =
      List.of("cursor", "count", "totalRecordCount", "hasMoreRecords", "data");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BareAssertions() {}

  /**
   * Asserts an answer with a body exactly: its status, a JSON content type, no {@code Location}
   * header, and a body equal to {@code expected}; an error's or a page's keys in the document's
   * order.
   */
  public static void assertBare(Response response, int status, JsonNode expected) {
    assertEquals(status, response.status(), () -> "status of " + response);
    assertJsonContentType(response);
    assertEquals(List.of(), response.header("Location"), () -> "Location of " + response);
    JsonNode actual = response.json();
    assertEquals(expected, actual, () -> "body of " + response.request().uri());
    assertKeyOrder(actual);
  }

  /** Asserts that the keys of an error or of a page come in the document's order. */
  public static void assertKeyOrder(JsonNode answer) {
    if (answer.has("errorCode")) {
      assertEquals(ERROR_KEYS, keysOf(answer), "keys of the error, in order");
    } else if (answer.has("hasMoreRecords")) {
      assertEquals(PAGE_KEYS, keysOf(answer), "keys of the page, in order");
    }
  }

  /** Asserts a bare error exactly: its status and {@code {"errorCode", "errorMessage"}}. */
  public static void assertBareError(Response response, int status, String code, String message) {
    ObjectNode expected = NODES.objectNode();
    expected.put("errorCode", code);
    expected.put("errorMessage", message);
    assertBare(response, status, expected);
  }

  /** Asserts a 400 {@code VALIDATION_ERROR} with {@code message}. */
  public static void assertValidationError(Response response, String message) {
    assertBareError(response, 400, "VALIDATION_ERROR", message);
  }

  /**
   * Asserts the answer of an update, a delete or a process action: 200, {@code Content-Length: 0},
   * an empty body and no {@code Location}.
   */
  public static void assertEmpty200(Response response) {
    assertEquals(200, response.status(), () -> "status of " + response);
    assertEquals(List.of("0"), response.header("Content-Length"), () -> "length of " + response);
    assertEquals("", response.body(), () -> "body of " + response);
    assertEquals(List.of(), response.header("Location"), () -> "Location of " + response);
  }

  /** Asserts 204 No Content: no body, and so no {@code Content-Type} either. */
  public static void assertNoContent(Response response) {
    assertEquals(204, response.status(), () -> "status of " + response);
    assertEquals("", response.body(), () -> "body of " + response);
    assertEquals(List.of(), response.header("Content-Type"), () -> "Content-Type of " + response);
  }

  /** The seeded contact {@code n} (from 1), as the API answers it. */
  public static ObjectNode contact(int n) {
    Object[] seed = SampleApi.CONTACTS[n - 1];
    return contact(n, (String) seed[0], (String) seed[1], (Boolean) seed[2]);
  }

  /** Contact {@code n} with the given fields, as the API answers it. */
  public static ObjectNode contact(int n, String fullName, String email, boolean active) {
    ObjectNode contact = NODES.objectNode();
    contact.put("contactId", SampleApi.contactId(n));
    contact.put("fullName", fullName);
    contact.put("email", email);
    contact.put("active", active);
    return contact;
  }

  /** The seeded contacts {@code ns}, as a JSON array in that order. */
  public static ArrayNode contacts(int... ns) {
    ArrayNode array = NODES.arrayNode();
    for (int n : ns) {
      array.add(contact(n));
    }
    return array;
  }

  /**
   * A page as the API answers it, its keys in the document's order.
   *
   * @param cursor the cursor of the next page, {@code null} on the last page
   */
  public static ObjectNode page(
      String cursor, int totalRecordCount, boolean hasMoreRecords, int... ns) {
    ArrayNode data = contacts(ns);
    ObjectNode page = NODES.objectNode();
    page.put("cursor", cursor);
    page.put("count", data.size());
    page.put("totalRecordCount", totalRecordCount);
    page.put("hasMoreRecords", hasMoreRecords);
    page.set("data", data);
    return page;
  }

  /** The cursor of the page after {@code offset} contacts, as the API signs it. */
  public static String cursorAt(long offset) {
    return Cursors.signed(offset);
  }

  /** What a cursor of an answer says before its signature, decoded from base64url. */
  public static String decodeCursor(JsonNode page) {
    JsonNode cursor = page.get("cursor");
    assertTrue(cursor.isTextual(), () -> "a cursor expected in " + page);
    String content = cursor.asText().substring(0, cursor.asText().indexOf('.'));
    return new String(Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8);
  }
}
