package dev.envelopes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page starts in a {@link Paginated} method of the {@link Style#BARE} style, which pages by
 * an opaque cursor. The method receives it as a query parameter; Jakarta REST builds it with {@link
 * #valueOf(String)}:
 *
 * <pre>{@code
 * @GET @Paginated(maxLimit = 100)
 * public Page<Contact> list(@QueryParam("cursor") @DefaultValue("") Cursor cursor,
 *                           @QueryParam("limit") @DefaultValue("20") int limit) {
 *   return store.contacts(cursor.offset(), limit);
 * }
 * }</pre>
 *
 * <p>On the wire a cursor is the base64 of a small JSON object, such as {@code
 * eyJvZmZzZXQiOjIwfQ==} for {@code {"offset":20}}; clients pass back what they were given and never
 * build one. The generated code answers a cursor that does not decode with a {@code 400} before the
 * method runs.
 *
 * @param offset how many records come before the page, from 0
 */
public record Cursor(long offset) {

  /** The cursor of the first page; an absent or empty {@code cursor} parameter means it. */
  public static final Cursor FIRST = new Cursor(0);

  private static final Pattern CONTENT = Pattern.compile("\\{\"offset\":(0|[1-9][0-9]{0,18})}");

  /** Checks the offset. */
  public Cursor {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
  }

  /**
   * Reads a cursor as a client sends it: empty for the first page, else what {@link #encode()}
   * wrote.
   *
   * @throws IllegalArgumentException if {@code text} is not a cursor
   */
  public static Cursor valueOf(String text) {
    if (text.isEmpty()) {
      return FIRST;
    }
    String content;
    try {
      content = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("not a cursor: not base64", notBase64);
    }
    Matcher matcher = CONTENT.matcher(content);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a cursor: unknown content");
    }
    try {
      return new Cursor(Long.parseLong(matcher.group(1)));
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException("not a cursor: offset out of range", tooLarge);
    }
  }

  /** The cursor as clients see it, the base64 of {@code {"offset":N}}. */
  public String encode() {
    return Base64.getEncoder()
        .encodeToString(("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
  }

  /** The same as {@link #encode()}, so that a cursor prints as it travels. */
  @Override
  public String toString() {
    return encode();
  }
}
