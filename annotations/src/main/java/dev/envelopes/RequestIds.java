package dev.envelopes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request ids of the vendor style: the id a client sends is kept when it is a plain token, so
 * that it can follow the request through the client's logs and the server's; anything else is
 * replaced by a random UUID, so that nothing a client sends is echoed into headers and bodies.
 */
public final class RequestIds {

  /** The header that carries the request id, in and out. */
  public static final String HEADER = "X-Request-Id";

  /** The ids a client may send: a plain token of at most 128 characters. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private RequestIds() {}

  /**
   * The id of a request that sent {@code sent} in {@link #HEADER}, {@code null} when it sent none:
   * {@code sent} when it is a plain token, otherwise a new random UUID.
   */
  public static String of(String sent) {
    return sent != null && TOKEN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
  }
}
