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

  /** A path, relative to the application, that starts with a version segment. */
  private static final Pattern VERSIONED_PATH = Pattern.compile("v([0-9]{1,9})(/.*)?");

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
    String relative = path.substring(basePath.length());
    return versionedPath(relative.startsWith("/") ? relative.substring(1) : relative);
  }

  /** The version a path relative to the application names, or {@code null} when it names none. */
  public static VersionedPath versionedPath(String path) {
    Matcher versioned = VERSIONED_PATH.matcher(path);
    if (!versioned.matches()) {
      return null;
    }
    String rest = versioned.group(2) == null ? "" : versioned.group(2).substring(1);
    return new VersionedPath(versioned.group(1), rest);
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
