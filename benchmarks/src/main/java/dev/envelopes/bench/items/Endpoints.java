package dev.envelopes.bench.items;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.Style;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Where each side serves each style's payloads, and the query that asks for the benchmarked page in
 * the style's own paging parameters: {@code /generated/bare/items/page?cursor=...&limit=300}.
 */
public final class Endpoints {

  /**
   * The key both sides sign cursors with ({@link CursorKey#PROPERTY}): fixed, so that the page a
   * benchmark asks for carries a cursor both sides accept.
   */
  public static final String CURSOR_KEY =
      Base64.getEncoder()
          .encodeToString(
              "the benchmarks' cursor key, of more than 32 bytes".getBytes(StandardCharsets.UTF_8));

  /** The request id the benchmarks send to vendor endpoints, so that both sides answer the same. */
  public static final String REQUEST_ID = "bench-request-1";

  private Endpoints() {}

  /**
   * The path of a payload's endpoint, without a leading slash.
   *
   * @param side {@code generated} or {@code runtime}
   * @param method {@code one}, {@code list} or {@code page}
   */
  public static String path(String side, Style style, String method) {
    String path = side + "/" + style.name().toLowerCase(Locale.ROOT) + "/items/" + method;
    return method.equals("page") ? path + "?" + pageQuery(style) : path;
  }

  /** The second page of 300, which has a page before and after it, in the style's parameters. */
  private static String pageQuery(Style style) {
    long offset = Payloads.PAGE_OFFSET;
    int limit = Payloads.PAGE_LIMIT;
    return switch (style) {
      case META -> "offset=" + offset + "&limit=" + limit;
      case STATUS -> "page=" + (offset / limit + 1) + "&per_page=" + limit;
      case BARE, VENDOR ->
          "cursor="
              + CursorKey.forEndpoint(
                      Map.<String, Object>of(CursorKey.PROPERTY, CURSOR_KEY)::get,
                      "dev.envelopes.bench.generated."
                          + (style == Style.BARE ? "Bare" : "Vendor")
                          + "ItemResource.page")
                  .seal(new Cursor(offset), Map.of(), Map.of())
              + "&limit="
              + limit;
    };
  }
}
