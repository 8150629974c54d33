package dev.envelopes.sample;

import dev.envelopes.Cursor;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the README promises about paging, restated with {@link BigInteger}, which cannot overflow:
 * which parameter values are taken, and where the links of a page lead. The property tests compare
 * the generated code, which works in {@code long}, against it.
 */
final class PagingOracle {

  /** A plain whole number as the README defines it: ASCII digits only, at most 19. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,19}");

  private PagingOracle() {}

  /**
   * The number the values of a query parameter stand for: {@code fallback} when it is absent or
   * given once empty; {@code null}, refused, when it is given more than once or is anything but a
   * plain whole number from {@code min} to {@code max}.
   */
  static Long wholeNumber(List<String> values, long fallback, long min, long max) {
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
   * The offset the values of a bare {@code cursor} parameter stand for: 0 when it is absent or
   * given once empty; {@code null}, refused, when it is given more than once or {@link
   * Cursor#valueOf} does not take it.
   */
  static Long cursorOffset(List<String> values) {
    if (values.isEmpty() || values.equals(List.of(""))) {
      return 0L;
    }
    if (values.size() > 1) {
      return null;
    }
    try {
      return Cursor.valueOf(values.get(0)).offset();
    } catch (IllegalArgumentException notACursor) {
      return null;
    }
  }

  /**
   * How many of {@code total} records a page of at most {@code limit} from {@code offset} holds.
   */
  static int size(long offset, long limit, long total) {
    BigInteger left = BigInteger.valueOf(total).subtract(BigInteger.valueOf(offset));
    return left.signum() <= 0 ? 0 : left.min(BigInteger.valueOf(limit)).intValueExact();
  }

  /**
   * Where the next page starts: right after this one, when that is before the end of the result and
   * no further than the method's parameter can take; {@code null} otherwise.
   */
  static Long next(long offset, long limit, long total, long maxOffset) {
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
  static long[] previous(long offset, long limit, long total) {
    BigInteger end = BigInteger.valueOf(offset).min(BigInteger.valueOf(total));
    if (end.signum() <= 0) {
      return null;
    }
    BigInteger start = end.subtract(BigInteger.valueOf(limit)).max(BigInteger.ZERO);
    return new long[] {start.longValueExact(), end.subtract(start).longValueExact()};
  }

  /** The first record of page {@code page} of {@code perPage}, from 0; may pass any long. */
  static BigInteger firstOfPage(long page, long perPage) {
    return BigInteger.valueOf(page).subtract(BigInteger.ONE).multiply(BigInteger.valueOf(perPage));
  }

  /** How many pages of {@code perPage} a result of {@code total} records fills, rounded up. */
  static long totalPages(long total, long perPage) {
    BigInteger[] quotient =
        BigInteger.valueOf(total).divideAndRemainder(BigInteger.valueOf(perPage));
    return quotient[0]
        .add(quotient[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE)
        .longValueExact();
  }
}
