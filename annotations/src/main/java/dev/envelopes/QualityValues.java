package dev.envelopes;

import java.util.regex.Pattern;

/**
 * Which weights ({@code q} parameters) of an {@code Accept} header a request may give, the same
 * in every API: RFC 9110's {@code qvalue} (0 to 1, at most three decimals), and a leading dot for
 * a weight below 1, which clients send and runtimes take. The generated header check refuses any
 * other weight before the request is matched, since runtimes differ in what they do with one: some
 * answer their own 400, others fail while matching.
 */
public final class QualityValues {

  private static final Pattern QVALUE =
      Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?|\\.[0-9]{1,3}");

  private QualityValues() {}

  /**
   * Whether {@code q} is a weight a request may give.
   *
   * @param q the value of a media range's {@code q} parameter, {@code null} when it has none
   */
  public static boolean isValid(String q) {
    return q == null || QVALUE.matcher(q).matches();
  }
}
