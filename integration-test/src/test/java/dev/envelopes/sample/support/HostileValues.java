package dev.envelopes.sample.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generates what careless and hostile clients put in a query parameter, from one seed so that a
 * failure can be replayed: each value is the list of the parameter's values in the query, empty
 * when the parameter is absent.
 */
public final class HostileValues {

  /** Values a client might mean as a number, which the paging parameters all refuse. */
  private static final List<String> ODDITIES =
      List.of(
          "-0",
          "+5",
          "+0",
          "-1",
          "1e3",
          "1E3",
          "0x10",
          "0X1f",
          "0b1",
          "010e1",
          "1.0",
          "1.",
          ".5",
          "1_000",
          "1,000",
          " 1",
          "1 ",
          "\t1",
          "1\n",
          "\u00a01",
          "1\u2028",
          "\u0000",
          "%00",
          "NaN",
          "Infinity",
          "-Infinity",
          "null",
          "undefined",
          "true",
          "[]",
          "{}",
          "1;2",
          "1&2",
          "1#",
          "1/0",
          "%",
          "%2",
          "%zz",
          "１",
          "\uff11\uff10",
          "²",
          "½",
          "Ⅻ",
          "٣",
          "۳",
          "३",
          "߁");

  /**
   * Digits of other scripts, which {@link Character#isDigit} and {@code Integer.parseInt} accept:
   * Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai, fullwidth, and mathematical
   * bold (outside the Basic Multilingual Plane).
   */
  private static final int[] DIGIT_ZEROS = {
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE
  };

  private static final BigInteger TWO = BigInteger.TWO;

  /** Numbers at the edges of the types a parameter or a sum of parameters may be held in. */
  private static final List<BigInteger> EDGES =
      List.of(
          BigInteger.ZERO,
          BigInteger.ONE,
          TWO.pow(31).subtract(BigInteger.ONE),
          TWO.pow(31),
          TWO.pow(32),
          TWO.pow(63).subtract(BigInteger.ONE),
          TWO.pow(63),
          TWO.pow(64),
          BigInteger.TEN.pow(19),
          BigInteger.TEN.pow(19).subtract(BigInteger.ONE),
          TWO.pow(31).negate(),
          TWO.pow(63).negate());

  /** Base64url without padding, as the API writes a cursor's parts. */
  private static final Base64.Encoder URL_CONTENT = Base64.getUrlEncoder().withoutPadding();

  private final SplittableRandom random;

  public HostileValues(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * The values of a parameter that takes a whole number from {@code min} to {@code max}: absent,
   * empty, numbers in and out of range and at every edge, with leading zeros, in other scripts'
   * digits, a hundred thousand digits long, decorated the ways {@code Long.parseLong} or {@code
   * Double.parseDouble} would take, random text, and all of these repeated.
   */
  public List<String> number(long min, long max) {
    return random.nextInt(8) == 0 ? repeated(() -> oneNumber(min, max)) : some(oneNumber(min, max));
  }

  /**
   * The values of a cursor parameter in a request with the query {@code filters}: absent, empty,
   * cursors the API signs for these filters, at small and huge offsets, the same cursors mangled,
   * cursors signed for other filters or with another key, unsigned or with a made-up signature,
   * base64 of other content, numbers, random text, and all of these repeated.
   */
  public List<String> cursor(String filters) {
    return random.nextInt(8) == 0 ? repeated(() -> oneCursor(filters)) : some(oneCursor(filters));
  }

  private List<String> some(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private List<String> repeated(Supplier<String> value) {
    List<String> values = new ArrayList<>();
    String first = value.get();
    values.add(first == null ? "" : first);
    int more = 1 + random.nextInt(2);
    for (int i = 0; i < more; i++) {
      String next = random.nextBoolean() ? values.get(0) : value.get();
      values.add(next == null ? "" : next);
    }
    return values;
  }

  /** One value of a number parameter; {@code null} for none. */
  private String oneNumber(long min, long max) {
    return switch (random.nextInt(12)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> pick(ODDITIES);
      case 3 -> near(BigInteger.valueOf(random.nextBoolean() ? min : max)).toString();
      case 4 -> near(pick(EDGES)).toString();
      case 5 -> Long.toString(inRange(min, max));
      case 6 -> leadingZeros(Long.toString(inRange(min, max)));
      case 7 -> otherScriptDigits();
      case 8 -> hundredThousandDigits();
      case 9 -> decorated(Long.toString(inRange(min, max)));
      case 10 -> randomText();
      default ->
          new BigInteger(1 + random.nextInt(90), new Random(random.nextLong()))
              .multiply(BigInteger.valueOf(random.nextInt(4) == 0 ? -1 : 1))
              .toString();
    };
  }

  /** One value of a cursor parameter for {@code filters}; {@code null} for none. */
  private String oneCursor(String filters) {
    return switch (random.nextInt(13)) {
      case 0 -> null;
      case 1 -> "";
      case 2, 3 -> Cursors.signed(random.nextInt(8), filters);
      case 4 -> Cursors.signed(hugeOffset(), filters);
      case 5 -> mangled(Cursors.signed(random.nextInt(8), filters));
      case 6 -> Cursors.signed(random.nextInt(8), otherFilters(filters));
      case 7 -> Cursors.signedWith(Cursors.OTHER_KEY, random.nextInt(8), filters);
      case 8 -> {
        String content = content(Long.toString(hugeOffset()), URL_CONTENT);
        yield random.nextBoolean() ? content : content + "." + madeUpSignature();
      }
      case 9 ->
          content(oneNumber(-10, 10), random.nextBoolean() ? Base64.getEncoder() : URL_CONTENT);
      case 10 -> oneNumber(0, Long.MAX_VALUE);
      case 11 -> pick(ODDITIES);
      default -> randomText();
    };
  }

  /** An offset at the edge of a type, from 0 to {@code Long.MAX_VALUE}. */
  private long hugeOffset() {
    return near(pick(EDGES))
        .max(BigInteger.ZERO)
        .min(BigInteger.valueOf(Long.MAX_VALUE))
        .longValueExact();
  }

  /** Filters other than {@code filters}: none, one more, or one value changed. */
  private String otherFilters(String filters) {
    return switch (random.nextInt(3)) {
      case 0 -> filters.isEmpty() ? "x=" : "";
      case 1 -> (filters.isEmpty() ? "" : filters + "&") + "view=upcoming";
      default -> filters.isEmpty() ? "email=alice%40example.com" : filters + "0";
    };
  }

  /** The content the API signs, {@code {"offset":N,"issued":S}}, in {@code base64}, unsigned. */
  private static String content(String offset, Base64.Encoder base64) {
    String content =
        "{\"offset\":" + offset + ",\"issued\":" + SampleApi.START.getEpochSecond() + "}";
    return base64.encodeToString(content.getBytes(StandardCharsets.UTF_8));
  }

  /** As many random bytes as a signature has, as base64url. */
  private String madeUpSignature() {
    byte[] signature = new byte[32];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = (byte) random.nextInt(256);
    }
    return URL_CONTENT.encodeToString(signature);
  }

  /** A cursor with one change a careless client or a proxy might make. */
  private String mangled(String cursor) {
    return switch (random.nextInt(7)) {
      case 0 -> cursor + "=".repeat(1 + random.nextInt(2));
      case 1 -> cursor.replace('-', '+').replace('_', '/').replace('.', '+');
      case 2 -> " " + cursor;
      case 3 -> cursor + cursor;
      case 4 -> cursor.substring(0, random.nextInt(cursor.length()));
      case 5 -> cursor.substring(0, cursor.indexOf('.'));
      default -> {
        char[] chars = cursor.toCharArray();
        chars[random.nextInt(chars.length)] = (char) ('A' + random.nextInt(58));
        yield new String(chars);
      }
    };
  }

  private BigInteger near(BigInteger edge) {
    return edge.add(BigInteger.valueOf(random.nextInt(5) - 2));
  }

  /** A number from {@code min} to {@code max}, small ones and large ones alike likely. */
  private long inRange(long min, long max) {
    long span = max - min;
    long bound = random.nextInt(3) == 0 ? span : Math.min(span, 1L << random.nextInt(63));
    return min + (bound == Long.MAX_VALUE ? random.nextLong(bound) : random.nextLong(bound + 1));
  }

  private String leadingZeros(String number) {
    return "0".repeat(1 + random.nextInt(24)) + number;
  }

  /** Digits of one or more other scripts, some mixed with ASCII digits. */
  private String otherScriptDigits() {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      int digit = random.nextInt(10);
      if (random.nextInt(3) == 0) {
        text.append((char) ('0' + digit));
      } else {
        text.appendCodePoint(DIGIT_ZEROS[random.nextInt(DIGIT_ZEROS.length)] + digit);
      }
    }
    return text.toString();
  }

  private String hundredThousandDigits() {
    StringBuilder digits = new StringBuilder(100_000);
    digits.append(random.nextBoolean() ? '0' : (char) ('1' + random.nextInt(9)));
    while (digits.length() < 100_000) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  /** A valid number decorated the way a lenient parser would still read it. */
  private String decorated(String number) {
    return switch (random.nextInt(8)) {
      case 0 -> "+" + number;
      case 1 -> "-" + number;
      case 2 -> number + ".0";
      case 3 -> number + "e0";
      case 4 -> " " + number;
      case 5 -> number + "\r\n";
      case 6 -> number + "L";
      default -> "0x" + Long.toHexString(Long.parseLong(number));
    };
  }

  /** Up to a dozen code points of any kind: controls, letters, symbols, other planes. */
  private String randomText() {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(13);
    for (int i = 0; i < length; i++) {
      int codePoint =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20, 0x7f);
            case 1 -> random.nextInt(0x20);
            case 2 -> random.nextInt(0x80, 0xd800);
            default -> random.nextInt(0xe000, 0x110000);
          };
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
