package dev.envelopes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cursor says before it is signed, {@code {"offset":N,"issued":S}}: where the page starts,
 * and when the cursor was made, in seconds since 1970.
 *
 * @param offset how many records come before the page
 * @param issued when the cursor was made, in seconds since 1970
 */
record CursorContent(long offset, long issued) {

  private static final Pattern TEXT =
      Pattern.compile("\\{\"offset\":(0|[1-9][0-9]{0,18}),\"issued\":(0|[1-9][0-9]{0,18})}");

  /**
   * The content of a cursor as a client sends it, {@code base64url(content) + "." + signature},
   * without checking the signature.
   *
   * @throws IllegalArgumentException if {@code text} is not a cursor; the message does not repeat
   *     it
   */
  static CursorContent read(String text) {
    // Refused before decoding, so that a huge cursor costs nothing.
    if (text.length() > CursorKey.MAX_CURSOR_LENGTH) {
      throw new IllegalArgumentException("not a cursor: too long");
    }
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("not a cursor: not signed");
    }
    String content;
    try {
      content =
          new String(Base64.getUrlDecoder().decode(text.substring(0, dot)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("not a cursor: not base64url", notBase64);
    }
    Matcher matcher = TEXT.matcher(content);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a cursor: unknown content");
    }
    try {
      return new CursorContent(
          Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException("not a cursor: number out of range", tooLarge);
    }
  }

  /** The content as it is signed. */
  String text() {
    return "{\"offset\":" + offset + ",\"issued\":" + issued + "}";
  }
}
