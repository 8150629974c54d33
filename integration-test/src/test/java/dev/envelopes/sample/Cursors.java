package dev.envelopes.sample;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cursors tests expect, signed as the API signs them with {@link SampleApi#CURSOR_KEY}: a test
 * writes the cursor of offset 2 for {@code workspace_id=52} as {@code signed(2,
 * "workspace_id=52")}.
 */
final class Cursors {

  /** The key the API signs with: {@link SampleApi#CURSOR_KEY}. */
  static final CursorKey API_KEY = CursorKey.of(SampleApi.CURSOR_KEY);

  /** A key other than the API's: the base64 of 32 bytes of 7. */
  static final CursorKey OTHER_KEY =
      CursorKey.of(Base64.getEncoder().encodeToString("7".repeat(32).getBytes()));

  private Cursors() {}

  /** The cursor of {@code offset} for a request without filters, such as {@code /contacts}. */
  static String signed(long offset) {
    return signed(offset, "");
  }

  /**
   * The cursor of {@code offset} for a request with the query {@code filters}, as sent: names and
   * values percent-encoded, joined by {@code &}.
   */
  static String signed(long offset, String filters) {
    return signedWith(API_KEY, offset, filters);
  }

  /** The cursor of {@code offset} for {@code filters}, signed with {@code key}. */
  static String signedWith(CursorKey key, long offset, String filters) {
    return key.seal(new Cursor(offset), query(filters));
  }

  /** A query as the server reads it: decoded, each name with its values in order. */
  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      query
          .computeIfAbsent(decode(nameAndValue[0]), name -> new ArrayList<>())
          .add(nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
    }
    return query;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
