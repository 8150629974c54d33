package dev.envelopes.sample.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every answer of the meta envelope must look like, checked exactly. */
public final class EnvelopeAssertions {

  /** The keys of the envelope, in the order of the document (docs/styles/meta.md). */
  public static final List<String> ENVELOPE_KEYS =
      List.of(
          "success",
          "code",
          "message",
          "status_code",
          "status_message",
          "detailed",
          "data",
          "count",
          "pagination");

  private EnvelopeAssertions() {}

  /**
   * Asserts an answer exactly: its status, a JSON content type, no {@code Location} header, and a
   * body equal to {@code expected} with its keys in the document's order.
   */
  public static void assertEnvelope(Response response, int status, JsonNode expected) {
    assertEnvelope(response, status, null, expected);
  }

  /**
   * Asserts an answer exactly: its status, a JSON content type, a {@code Location} header equal to
   * {@code location} ({@code null}: none), and a body equal to {@code expected} with its keys in
   * the document's order.
   */
  public static void assertEnvelope(
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

  /** Asserts exactly one {@code Content-Type}, of media type {@code application/json}. */
  public static void assertJsonContentType(Response response) {
    List<String> types = response.header("Content-Type");
    assertEquals(1, types.size(), () -> "one Content-Type in " + response.headers().map());
    String mediaType = types.get(0).split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    assertEquals("application/json", mediaType, () -> "Content-Type of " + response);
  }

  /**
   * Asserts that the envelope's keys come in the document's order, as do those of {@code
   * pagination} ({@code next, prev}) and of each entry of a 400's {@code detailed} ({@code field,
   * message}).
   */
  public static void assertKeyOrder(JsonNode envelope) {
    assertEquals(ENVELOPE_KEYS, keysOf(envelope), "keys of the envelope, in order");
    JsonNode pagination = envelope.get("pagination");
    if (pagination.isObject()) {
      assertEquals(List.of("next", "prev"), keysOf(pagination), "keys of pagination, in order");
    }
    for (JsonNode entry : envelope.get("detailed")) {
      if (entry.isObject()) {
        assertEquals(List.of("field", "message"), keysOf(entry), "keys of a detail, in order");
      }
    }
  }

  public static List<String> keysOf(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /**
   * Asserts that {@code link} is relative to the server's root, as every link is without a
   * configured base URI: no scheme, no authority, a path that starts with one slash.
   */
  public static void assertRelativeToServerRoot(URI link) {
    assertEquals(null, link.getScheme(), () -> "scheme of " + link);
    assertEquals(null, link.getRawAuthority(), () -> "authority of " + link);
    assertTrue(
        link.getRawPath().startsWith("/") && !link.getRawPath().startsWith("//"),
        () -> "path of " + link);
  }

  public static URI link(JsonNode envelope, String which) {
    JsonNode link = envelope.get("pagination").get(which);
    assertTrue(link.isTextual(), () -> which + " link expected in " + envelope);
    return URI.create(link.asText());
  }

  /**
   * The query of {@code uri}, decoded: each parameter name with its values, in order. Splitting the
   * raw query first means an encoded {@code &} or {@code =} stays inside its value.
   */
  public static Map<String, List<String>> queryOf(URI uri) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      query.computeIfAbsent(decode(name), key -> new ArrayList<>()).add(decode(value));
    }
    return query;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** Percent-encodes a query parameter value, a space as {@code %20}. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
