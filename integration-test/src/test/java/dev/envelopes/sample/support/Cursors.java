package dev.envelopes.sample.support;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cursors tests expect, signed as the API signs them with {@link SampleApi#CURSOR_KEY} at the
 * tests' {@link SampleApi#START}: a test writes the cursor of offset 2 for {@code workspace_id=52}
 * as {@code signed(2, "workspace_id=52")}. A cursor without filters is one of the contacts (bare
 * style), one with filters one of the lists (vendor style): each endpoint signs its own.
 */
public final class Cursors {

  /**
   * The handler method of the contacts, whose cursors a cursor without filters is: the runtime's,
   * since a cursor is signed for the class that declares it.
   */
  public static final String CONTACTS = SampleRuntime.current().contactsEndpoint();

  /** The handler method of the lists, whose cursors a cursor with filters is. */
  public static final String LISTS = SampleRuntime.current().listsEndpoint();

  /** The key the API signs the contacts' cursors with: {@link SampleApi#CURSOR_KEY}. */
  public static final CursorKey API_KEY = key(SampleApi.CURSOR_KEY, CONTACTS);

  /** A key other than the API's: the base64 of 32 bytes of 7. */
  public static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("7".repeat(32).getBytes());

  private Cursors() {}

  /** The cursor of {@code offset} for a request without filters, such as {@code /contacts}. */
  public static String signed(long offset) {
    return signed(offset, "");
  }

  /**
   * The cursor of {@code offset} for a request with the query {@code filters}, as sent: names and
   * values percent-encoded, joined by {@code &}.
   */
  public static String signed(long offset, String filters) {
    return signedWith(SampleApi.CURSOR_KEY, offset, filters);
  }

  /** The cursor of {@code offset} for {@code filters}, signed with the base64 key {@code key}. */
  public static String signedWith(String key, long offset, String filters) {
    return signedFor(filters.isEmpty() ? CONTACTS : LISTS, key, offset, filters);
  }

  /**
   * The cursor of {@code offset} for {@code filters}, signed with the base64 key {@code key} for
   * the handler method {@code endpoint}, whichever runtime serves it.
   */
  public static String signedFor(String endpoint, String key, long offset, String filters) {
    return key(key, endpoint).seal(new Cursor(offset), Map.of(), query(filters));
  }

  /** The key {@code base64} of {@code endpoint}, dated by a clock standing at the tests' start. */
  public static CursorKey key(String base64, String endpoint) {
    Map<String, Object> properties =
        Map.of(
            CursorKey.PROPERTY,
            base64,
            CursorKey.CLOCK_PROPERTY,
            Clock.fixed(SampleApi.START, ZoneOffset.UTC));
    return CursorKey.forEndpoint(properties::get, endpoint);
  }

  /** What the API signs for the offset {@code offset} at the tests' start, before it is encoded. */
  public static String content(long offset) {
    return "{\"offset\":" + offset + ",\"issued\":" + SampleApi.START.getEpochSecond() + "}";
  }

  /** A query as the server reads it: decoded, each name with its values in order. */
  public static Map<String, List<String>> query(String raw) {
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
