package dev.envelopes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs the opaque cursors of the bare and vendor styles, so that a client can pass
 * back only a cursor the server gave, for the same query.
 *
 * <p>A cursor travels as {@code base64url(content) + "." + base64url(HMAC-SHA256(key, content,
 * endpoint, path parameters, filters))}: the content is {@code {"offset":N,"issued":S}}, S the
 * second it was made; the endpoint names the resource method; the filters are the request's query
 * parameters other than {@code cursor} and {@code limit}. So a cursor reused on another endpoint,
 * with other path parameters or with other filters does not verify. The generated code checks the
 * cursor of every request before the resource method runs, comparing signatures in constant time,
 * and then its age.
 *
 * <p>The application configures the key as the Jakarta REST property {@value #PROPERTY}: the base64
 * of at least 32 bytes. Without it, every {@code CursorKey} of the process uses one random 256-bit
 * key, so cursors do not survive a restart and do not work across instances. {@value
 * #MAX_AGE_PROPERTY}, an ISO-8601 duration such as {@code PT24H}, makes older cursors expire (as
 * AIP-158 allows page tokens to); without it they do not.
 *
 * <p>Instances are immutable and safe to share between threads: each signature is made with a copy
 * of a {@link Mac} set up with the key once, which is itself never used.
 */
public final class CursorKey {

  /** The Jakarta REST configuration property that holds the key, as base64. */
  public static final String PROPERTY = "envelopes.cursor.key";

  /** The Jakarta REST property that holds how long a cursor is accepted, such as {@code PT24H}. */
  public static final String MAX_AGE_PROPERTY = "envelopes.cursor.max-age";

  /**
   * The Jakarta REST property that holds the {@link Clock} cursors are dated and aged by; the
   * system clock without it. Tests set it to a clock they move.
   */
  public static final String CLOCK_PROPERTY = "envelopes.cursor.clock";

  /** The fewest bytes a configured key may have: as many as the signature's. */
  public static final int MIN_KEY_BYTES = 32;

  /**
   * The longest cursor read at all; a signed cursor has at most 122 characters, so anything longer
   * is refused before it is decoded.
   */
  public static final int MAX_CURSOR_LENGTH = 128;

  private static final String ALGORITHM = "HmacSHA256";

  /** The query parameters that are no filters: the page's own. */
  private static final Set<String> FILTERS_EXCEPT = Set.of("cursor", "limit");

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final String endpoint;
  private final Duration maxAge;
  private final Clock clock;

  /**
   * The key's MAC, set up once and only ever copied: looking the algorithm up among the providers
   * and setting up the key cost more than the signature itself, and every paged request signs.
   */
  private final Mac prototype;

  private CursorKey(byte[] key, String endpoint, Duration maxAge, Clock clock) {
    this.key = key;
    this.prototype = newMac(key);
    this.endpoint = endpoint;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * The key of one endpoint: the key an application configured as {@value #PROPERTY}, or the
   * process's random key when it configured none, with its {@value #MAX_AGE_PROPERTY} and {@value
   * #CLOCK_PROPERTY}.
   *
   * @param properties the application's configuration properties by name, such as {@code
   *     configuration::getProperty}
   * @param endpoint the resource method whose cursors it signs, such as {@code
   *     com.example.ContactResource.list}
   * @throws IllegalArgumentException if a property is not what it should be; the message does not
   *     repeat the key
   */
  public static CursorKey forEndpoint(Function<String, Object> properties, String endpoint) {
    return new CursorKey(
        key(properties.apply(PROPERTY)),
        endpoint,
        maxAge(properties.apply(MAX_AGE_PROPERTY)),
        clock(properties.apply(CLOCK_PROPERTY)));
  }

  private static byte[] key(Object configured) {
    if (configured == null) {
      return ProcessKey.KEY;
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
    return key;
  }

  private static Duration maxAge(Object configured) {
    if (configured == null) {
      return null;
    }
    try {
      Duration maxAge = Duration.parse(configured.toString().strip());
      if (!maxAge.isNegative() && !maxAge.isZero()) {
        return maxAge;
      }
    } catch (DateTimeParseException notADuration) {
      // Answered below.
    }
    throw new IllegalArgumentException(
        MAX_AGE_PROPERTY
            + " must be a positive ISO-8601 duration such as PT24H; it is "
            + configured);
  }

  private static Clock clock(Object configured) {
    if (configured == null) {
      return Clock.systemUTC();
    }
    if (!(configured instanceof Clock clock)) {
      throw new IllegalArgumentException(
          CLOCK_PROPERTY + " must be a java.time.Clock; it is a " + configured.getClass());
    }
    return clock;
  }

  /**
   * Logs one warning, naming {@value #PROPERTY}, when {@code configured} is {@code null}: each
   * instance then signs with a random key of its own, which no other instance shares and a restart
   * forgets. An application calls it once, at startup.
   *
   * @param configured the property's value, as {@link #of} takes it
   */
  public static void warnIfMissing(Object configured) {
    if (configured == null) {
      Logger.getLogger(CursorKey.class.getName())
          .warning(
              "No "
                  + PROPERTY
                  + " is configured: cursors are signed with a random key of this process, which"
                  + " no other instance shares and a restart forgets; give every instance the same"
                  + " key (the base64 of 32 random bytes) in "
                  + PROPERTY
                  + ".");
    }
  }

  /**
   * The cursor as the client sees it, dated now, valid only on this endpoint with the same path
   * parameters and filters.
   *
   * @param cursor where the page starts
   * @param path the request's path parameters
   * @param query the request's query parameters; all but {@code cursor} and {@code limit} are the
   *     filters
   */
  public String seal(
      Cursor cursor,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    return seal(new CursorContent(cursor.offset(), clock.instant().getEpochSecond()), path, query);
  }

  /**
   * The cursor of the page after a page of {@code size} records from {@code offset}, in a result of
   * {@code total}, sealed as {@link #seal(Cursor, Map, Map)} seals it; {@code null} when that page
   * is the last.
   *
   * @param offset where the page starts
   * @param size how many records the page holds
   * @param total how many records the result holds
   * @param path the request's path parameters
   * @param query the request's query parameters
   */
  public String sealNext(
      long offset,
      int size,
      long total,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    long next = PageArithmetic.next(offset, size, total);
    return next == PageArithmetic.NONE ? null : seal(new Cursor(next), path, query);
  }

  private String seal(
      CursorContent cursor,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    byte[] content = cursor.text().getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(content)
        + "."
        + ENCODER.encodeToString(sign(content, path, query));
  }

  /**
   * The cursor {@code text} stands for, if this key sealed it on this endpoint for the same path
   * parameters and filters, and it is not older than the configured maximum age; the first page
   * when it is empty.
   *
   * @param text the cursor as the client sent it
   * @param path the request's path parameters
   * @param query the request's query parameters; all but {@code cursor} and {@code limit} are the
   *     filters
   * @throws IllegalArgumentException if {@code text} is not such a cursor; the message does not
   *     repeat it
   */
  public Cursor open(
      String text,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    if (text.isEmpty()) {
      return Cursor.FIRST;
    }
    CursorContent content = CursorContent.read(text);
    // Compared whole, so that a cursor is accepted only as this key wrote it, byte for byte.
    byte[] expected = seal(content, path, query).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, text.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException("not a cursor: its signature does not match");
    }
    // Written as a difference of seconds, which cannot overflow for any signed issue time.
    if (maxAge != null
        && clock.instant().getEpochSecond() - content.issued() > maxAge.getSeconds()) {
      throw new IllegalArgumentException("not a cursor: it expired");
    }
    return new Cursor(content.offset());
  }

  private byte[] sign(
      byte[] content,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    Mac mac = mac();
    update(mac, content);
    update(mac, endpoint.getBytes(StandardCharsets.UTF_8));
    update(mac, path, Set.of());
    update(mac, query, FILTERS_EXCEPT);
    return mac.doFinal();
  }

  /**
   * Adds the parameters to the signature, but those named in {@code except}: every part
   * length-prefixed and the names sorted, so that two different sets never sign alike.
   */
  private static void update(
      Mac mac, Map<String, ? extends List<String>> parameters, Set<String> except) {
    List<String> names = new ArrayList<>(parameters.keySet());
    names.removeAll(except);
    Collections.sort(names);
    count(mac, names.size());
    for (String name : names) {
      update(mac, name.getBytes(StandardCharsets.UTF_8));
      List<String> values = parameters.get(name) == null ? List.of() : parameters.get(name);
      count(mac, values.size());
      for (String value : values) {
        update(mac, value.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void count(Mac mac, int count) {
    mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
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
    count(mac, part.length);
    mac.update(part);
  }

  /** The key of a process that configured none: made once, on first use. */
  private static final class ProcessKey {
    static final byte[] KEY = new byte[MIN_KEY_BYTES];

    static {
      new SecureRandom().nextBytes(KEY);
    }
  }

  /** Says nothing about the key. */
  @Override
  public String toString() {
    return "CursorKey[hidden]";
  }
}
