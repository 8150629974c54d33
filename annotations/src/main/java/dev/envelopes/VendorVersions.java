package dev.envelopes;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a request to a vendor API names the version it wants, the same in every API: a path that
 * starts with a {@code /v2} segment, and the vendor's media type {@code
 * application/vnd.VENDOR.v2+json} in {@code Accept}. Generated code asks it before the request is
 * matched, and answers a version the API does not answer in the style.
 */
public final class VendorVersions {

  /** The most digits of a version in a path: nine, so that it always fits in an {@code int}. */
  private static final int MAX_VERSION_DIGITS = 9;

  private static final String JSON = "application/json";

  private VendorVersions() {}

  /**
   * The media type of {@code vendor} in any version, parameters aside, which {@link #accept} reads:
   * compiled once per API, as its generated code holds it.
   *
   * @param vendor the vendor's name in the media type, such as {@code flow}
   */
  public static Pattern mediaType(String vendor) {
    return Pattern.compile(
        "\\s*application/vnd\\." + Pattern.quote(vendor) + "\\.v([0-9]{1,9})\\+json\\s*(;.*)?",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * A path that names a version in its first segment.
   *
   * @param version the version it names, digits only
   * @param rest the path after the version segment, without its leading {@code /}
   */
  public record VersionedPath(String version, String rest) {}

  /**
   * What a request's {@code Accept} says once read.
   *
   * @param rewritten the header with the vendor's type in this version replaced by {@code
   *     application/json}, which the resources produce
   * @param refusedVersion another version the client asked for, when it named the vendor's type
   *     only in other versions; {@code null} when the request is acceptable
   */
  public record Accept(String rewritten, String refusedVersion) {}

  /**
   * The version a request names in the first segment of its path relative to the application, or
   * {@code null} when it names none. Read from the two absolute URIs the specification promises
   * every runtime gives, not from {@code UriInfo.getPath(false)}: some runtimes answer that with a
   * leading {@code /} and Quarkus REST refuses it.
   *
   * @param base the application's base URI, {@code UriInfo.getBaseUri()}
   * @param requested the request's URI, {@code UriInfo.getRequestUri()}
   */
  public static VersionedPath versionedPath(URI base, URI requested) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    String path = requested.getRawPath() == null ? "" : requested.getRawPath();
    if (!path.startsWith(basePath)) {
      return null;
    }
    int relative = basePath.length();
    return versionedPath(path, path.startsWith("/", relative) ? relative + 1 : relative);
  }

  /** The version a path relative to the application names, or {@code null} when it names none. */
  public static VersionedPath versionedPath(String path) {
    return versionedPath(path, 0);
  }

  /**
   * The version {@code path} names from index {@code from} on: {@code v}, one to {@value
   * #MAX_VERSION_DIGITS} ASCII digits, then the end or a {@code /} and a rest without line
   * terminators. Read by hand rather than by a regular expression, since it runs on every request
   * of the style.
   */
  private static VersionedPath versionedPath(String path, int from) {
    if (!path.startsWith("v", from)) {
      return null;
    }
    int digits = from + 1;
    int end = digits;
    while (end < path.length()
        && end - digits < MAX_VERSION_DIGITS
        && path.charAt(end) >= '0'
        && path.charAt(end) <= '9') {
      end++;
    }
    if (end == digits) {
      return null;
    }
    if (end == path.length()) {
      return new VersionedPath(path.substring(digits, end), "");
    }
    if (path.charAt(end) != '/' || hasLineTerminator(path, end + 1)) {
      return null;
    }
    return new VersionedPath(path.substring(digits, end), path.substring(end + 1));
  }

  /**
   * Whether {@code text} holds a line terminator from {@code from} on: a raw path cannot, and a
   * path that does names no version.
   */
  private static boolean hasLineTerminator(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the values of a request's {@code Accept} header.
   *
   * @param accepted the header's values
   * @param mediaType the vendor's media type, as {@link #mediaType} compiled it
   * @param version the version the API answers
   */
  public static Accept accept(List<String> accepted, Pattern mediaType, String version) {
    List<String> rewritten = new ArrayList<>();
    String otherVersion = null;
    boolean thisVersion = false;
    for (String header : accepted) {
      for (String type : header.split(",")) {
        Matcher named = mediaType.matcher(type);
        if (!named.matches()) {
          rewritten.add(type.trim());
        } else if (named.group(1).equals(version)) {
          rewritten.add(JSON);
          thisVersion = true;
        } else {
          otherVersion = named.group(1);
        }
      }
    }
    // A client that names the vendor's type only in other versions asks for one of those.
    return new Accept(String.join(", ", rewritten), thisVersion ? null : otherVersion);
  }
}
