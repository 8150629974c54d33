package dev.envelopes.sample.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the README promises about paging, restated with {@link BigInteger}, which cannot overflow:
 * which parameter values are taken, and where the links of a page lead. The property tests compare
 * the generated code, which works in {@code long}, against it.
 */
public final class PagingOracle {

  /** A plain whole number as the README defines it: ASCII digits only, at most 19. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,19}");

  /** What a cursor says before it is signed. */
  private static final Pattern CURSOR_CONTENT =
      Pattern.compile("\\{\"offset\":([0-9]+),\"issued\":[0-9]+}");

  private PagingOracle() {}

  /**
   * The number the values of a query parameter stand for: {@code fallback} when it is absent or
   * given once empty; {@code null}, refused, when it is given more than once or is anything but a
   * plain whole number from {@code min} to {@code max}.
   */
  public static Long wholeNumber(List<String> values, long fallback, long min, long max) {
    if (values.isEmpty() || values.equals(List.of(""))) {
      return fallback;
    }
    if (values.size() > 1 || !WHOLE_NUMBER.matcher(values.get(0)).matches()) {
      return null;
    }
    BigInteger number = new BigInteger(values.get(0));
    boolean inRange =
        number.compareTo(BigInteger.valueOf(min)) >= 0
            && number.compareTo(BigInteger.valueOf(max)) <= 0;
    return inRange ? number.longValueExact() : null;
  }

  /**
   * The offset the values of a {@code cursor} parameter stand for, in a request with the query
   * {@code filters} (as sent; its own {@code cursor} and {@code limit} do not count): 0 when it is
   * absent or given once empty; {@code null}, refused, when it is given more than once or is
   * anything but, character for character, the cursor the API signs with {@link
   * SampleApi#CURSOR_KEY} for an offset from 0 to {@code Long.MAX_VALUE} and these filters.
   */
  public static Long cursorOffset(List<String> values, String filters) {
    if (values.isEmpty() || values.equals(List.of(""))) {
      return 0L;
    }
    if (values.size() > 1) {
      return null;
    }
    String value = values.get(0);
    Long offset = offsetWritten(value);
    return offset != null && value.equals(Cursors.signed(offset, filters)) ? offset : null;
  }

  /**
   * The offset a cursor's content says, read without {@link dev.envelopes.Cursor}: the base64url
   * before the first dot decoded to {@code {"offset":N}}, N a long; {@code null} for anything else.
   */
  private static Long offsetWritten(String cursor) {
    int dot = cursor.indexOf('.');
    byte[] content;
    try {
      content = Base64.getUrlDecoder().decode(cursor.substring(0, Math.max(dot, 0)));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    Matcher offset = CURSOR_CONTENT.matcher(new String(content, StandardCharsets.UTF_8));
    if (!offset.matches()) {
      return null;
    }
    BigInteger number = new BigInteger(offset.group(1));
    return number.bitLength() < Long.SIZE ? number.longValueExact() : null;
  }

  /**
   * How many of {@code total} records a page of at most {@code limit} from {@code offset} holds.
   */
  public static int size(long offset, long limit, long total) {
    BigInteger left = BigInteger.valueOf(total).subtract(BigInteger.valueOf(offset));
    return left.signum() <= 0 ? 0 : left.min(BigInteger.valueOf(limit)).intValueExact();
  }

  /**
   * Where the next page starts: right after this one, when that is before the end of the result and
   * no further than the method's parameter can take; {@code null} otherwise.
   */
  public static Long next(long offset, long limit, long total, long maxOffset) {
    BigInteger next = BigInteger.valueOf(offset).add(BigInteger.valueOf(limit));
    boolean exists =
        next.compareTo(BigInteger.valueOf(total)) < 0
            && next.compareTo(BigInteger.valueOf(maxOffset)) <= 0;
    return exists ? next.longValueExact() : null;
  }

  /**
   * The {@code offset} and {@code limit} of the meta envelope's {@code prev} link: the records just
   * before the page, up to {@code limit} of them, ending where the page starts or at the end of the
   * result; {@code null} on the first page.
   */
  public static long[] previous(long offset, long limit, long total) {
    BigInteger end = BigInteger.valueOf(offset).min(BigInteger.valueOf(total));
    if (end.signum() <= 0) {
      return null;
    }
    BigInteger start = end.subtract(BigInteger.valueOf(limit)).max(BigInteger.ZERO);
    return new long[] {start.longValueExact(), end.subtract(start).longValueExact()};
  }

  /** The first record of page {@code page} of {@code perPage}, from 0; may pass any long. */
  public static BigInteger firstOfPage(long page, long perPage) {
    return BigInteger.valueOf(page).subtract(BigInteger.ONE).multiply(BigInteger.valueOf(perPage));
  }

  /** How many pages of {@code perPage} a result of {@code total} records fills, rounded up. */
  public static long totalPages(long total, long perPage) {
    BigInteger[] quotient =
        BigInteger.valueOf(total).divideAndRemainder(BigInteger.valueOf(perPage));
    return quotient[0]
        .add(quotient[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE)
        .longValueExact();
  }
}
