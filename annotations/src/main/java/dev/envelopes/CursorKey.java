package dev.envelopes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs the opaque cursors of the bare and vendor styles, so that a client can pass
 * back only a cursor the server gave, for the same query.
 *
 * <p>A cursor travels as {@code base64url(content) + "." + base64url(HMAC-SHA256(key, content,
 * filters))}: the content is {@code {"offset":N}}, and the filters are the request's query
 * parameters other than {@code cursor} and {@code limit}, so a cursor reused with other filters
 * does not verify. The generated code checks the cursor of every request before the resource method
 * runs, comparing signatures in constant time.
 *
 * <p>The application configures the key as the Jakarta REST property {@value #PROPERTY}: the base64
 * of at least 32 bytes. Without it, every {@code CursorKey} of the process uses one random 256-bit
 * key, so cursors do not survive a restart and do not work across instances.
 *
 * <p>Instances are immutable and safe to share between threads: each signature is made with a copy
 * of a {@link Mac} set up with the key once, which is itself never used.
 */
public final class CursorKey {

  /** The Jakarta REST configuration property that holds the key, as base64. */
  public static final String PROPERTY = "envelopes.cursor.key";

  /** The fewest bytes a configured key may have: as many as the signature's. */
  public static final int MIN_KEY_BYTES = 32;

  /**
   * The longest cursor read at all; a signed cursor has at most 84 characters, so anything longer
   * is refused before it is decoded.
   */
  public static final int MAX_CURSOR_LENGTH = 128;

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;

  /**
   * The key's MAC, set up once and only ever copied: looking the algorithm up among the providers
   * and setting up the key cost more than the signature itself, and every paged request signs.
   */
  private final Mac prototype;

  private CursorKey(byte[] key) {
    this.key = key;
    this.prototype = newMac(key);
  }

  /**
   * The key an application configured as {@value #PROPERTY}, or the process's random key when it
   * configured none.
   *
   * @param configured the property's value: {@code null}, or the base64 of at least {@value
   *     #MIN_KEY_BYTES} bytes
   * @throws IllegalArgumentException if the value is not such a key; the message does not repeat it
   */
  public static CursorKey of(Object configured) {
    if (configured == null) {
      return ProcessKey.INSTANCE;
    }
    if (!(configured instanceof String text)) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a String, the base64 of a key; it is a " + configured.getClass());
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException(PROPERTY + " must be base64; it is not");
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          PROPERTY
              + " must be the base64 of at least "
              + MIN_KEY_BYTES
              + " bytes (256 bits); it holds "
              + key.length
              + ", for example make one with: openssl rand -base64 32");
    }
    return new CursorKey(key);
  }

  /**
   * The cursor as the client sees it, valid only with the same filters.
   *
   * @param cursor where the page starts
   * @param query the request's query parameters; all but {@code cursor} and {@code limit} are the
   *     filters
   */
  public String seal(Cursor cursor, Map<String, ? extends List<String>> query) {
    byte[] content = cursor.content().getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(content) + "." + ENCODER.encodeToString(sign(content, query));
  }

  /**
   * The cursor {@code text} stands for, if this key sealed it for the same filters; the first page
   * when it is empty.
   *
   * @param text the cursor as the client sent it
   * @param query the request's query parameters; all but {@code cursor} and {@code limit} are the
   *     filters
   * @throws IllegalArgumentException if {@code text} is not such a cursor; the message does not
   *     repeat it
   */
  public Cursor open(String text, Map<String, ? extends List<String>> query) {
    Cursor cursor = Cursor.valueOf(text);
    if (text.isEmpty()) {
      return cursor;
    }
    // Compared whole, so that a cursor is accepted only as this key wrote it, byte for byte.
    byte[] expected = seal(cursor, query).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, text.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException("not a cursor: its signature does not match");
    }
    return cursor;
  }

  private byte[] sign(byte[] content, Map<String, ? extends List<String>> query) {
    Mac mac = mac();
    update(mac, content);
    // Every part is length-prefixed and the names sorted, so two different queries never sign
    // alike.
    for (Map.Entry<String, ? extends List<String>> parameter : new TreeMap<>(query).entrySet()) {
      String name = parameter.getKey();
      if (name.equals("cursor") || name.equals("limit")) {
        continue;
      }
      update(mac, name.getBytes(StandardCharsets.UTF_8));
      List<String> values = parameter.getValue() == null ? List.of() : parameter.getValue();
      mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(values.size()).array());
      for (String value : values) {
        update(mac, value.getBytes(StandardCharsets.UTF_8));
      }
    }
    return mac.doFinal();
  }

  /**
   * A MAC of one signature's own: a copy of {@link #prototype}, or a new one from a provider whose
   * MACs cannot be copied.
   */
  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException notCopyable) {
      return newMac(key);
    }
  }

  private static Mac newMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
    }
  }

  private static void update(Mac mac, byte[] part) {
    mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
    mac.update(part);
  }

  /** The key of a process that configured none: made once, on first use. */
  private static final class ProcessKey {
    static final CursorKey INSTANCE;

    static {
      byte[] key = new byte[MIN_KEY_BYTES];
      new SecureRandom().nextBytes(key);
      INSTANCE = new CursorKey(key);
    }
  }

  /** Says nothing about the key. */
  @Override
  public String toString() {
    return "CursorKey[hidden]";
  }
}
