package dev.envelopes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where the links of an answer ({@code pagination} links, {@code Location}, the vendor {@code
 * Link}) start, so that no request can make the server link to an authority the operator did not
 * configure. The client's {@code Host} header is never used.
 *
 * <ul>
 *   <li>With the Jakarta REST property {@value #BASE_URI_PROPERTY}, an absolute {@code http} or
 *       {@code https} URI such as {@code https://api.example.com}, a link is that URI followed by
 *       the path and query the server received: the property is the public address of the server's
 *       root.
 *   <li>Else, with {@value #TRUST_PROXY_HEADERS_PROPERTY} set to {@code true}, a link starts with
 *       what the proxy in front says: {@code Forwarded} (RFC 7239, its first element) or else
 *       {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-Prefix}. Only
 *       set it when every request comes through a proxy that replaces these headers; a value that
 *       is not a plain scheme, host or path is ignored.
 *   <li>Else a link is relative to the server's root, such as {@code /projects?offset=2&limit=2},
 *       which RFC 9110 ({@code Location}) and RFC 8288 ({@code Link}) allow and every client
 *       resolves against the address it called.
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class LinkBase {

  /** The property that holds the public base URI of the server's root. */
  public static final String BASE_URI_PROPERTY = "envelopes.links.base-uri";

  /** The property that says the proxy headers of every request can be trusted: {@code true}. */
  public static final String TRUST_PROXY_HEADERS_PROPERTY = "envelopes.links.trust-proxy-headers";

  /** The link base of an application that configures none: links relative to the server's root. */
  public static final LinkBase UNCONFIGURED = new LinkBase(null, false);

  /** The longest proxy header value read at all. */
  private static final int MAX_HEADER_LENGTH = 1024;

  private static final Pattern SCHEME = Pattern.compile("https?", Pattern.CASE_INSENSITIVE);

  /** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}])(?::[0-9]{1,5})?");

  /** A path prefix of plain segments: no {@code //}, no dot segments, nothing to escape. */
  private static final Pattern PREFIX =
      Pattern.compile("(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,127}){1,16}");

  private final String configured;
  private final boolean trustProxyHeaders;

  private LinkBase(String configured, boolean trustProxyHeaders) {
    this.configured = configured;
    this.trustProxyHeaders = trustProxyHeaders;
  }

  /**
   * The link base an application configured, read from its properties.
   *
   * @param properties the application's configuration properties by name, such as {@code
   *     configuration::getProperty}
   * @throws IllegalArgumentException if a property holds something else than it should
   */
  public static LinkBase of(Function<String, Object> properties) {
    return new LinkBase(
        baseUri(properties.apply(BASE_URI_PROPERTY)),
        trust(properties.apply(TRUST_PROXY_HEADERS_PROPERTY)));
  }

  /**
   * The link to {@code target} as this server publishes it: its path and query after the configured
   * base, the trusted proxy's, or nothing.
   *
   * @param target the URI of the request or resource, as the framework gives it; only its path and
   *     query are used
   * @param header the request's header by name, {@code null} when absent
   */
  public String link(URI target, UnaryOperator<String> header) {
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    String query = target.getRawQuery();
    return link(target.getScheme(), query == null ? path : path + "?" + query, header);
  }

  /**
   * The link to {@code target}, a path and query of this server as a client sends them, as {@link
   * #link(URI, UnaryOperator)} makes it, for a framework that gives them as text: nothing to parse.
   *
   * @param scheme the request's scheme, the link's where a trusted proxy names a host but no valid
   *     scheme
   * @param target the path, percent-encoded, then {@code ?} and the query when there is one, as in
   *     the request line ({@code /projects?owner=a%20b}); an empty path is the root's
   * @param header the request's header by name, {@code null} when absent
   */
  public String link(String scheme, String target, UnaryOperator<String> header) {
    String start = start(scheme, header);
    String pathAndQuery = pathAndQuery(target);
    return start.isEmpty() ? pathAndQuery : start + pathAndQuery;
  }

  private String start(String targetScheme, UnaryOperator<String> header) {
    if (configured != null) {
      return configured;
    }
    if (!trustProxyHeaders) {
      return "";
    }
    String forwarded = header.apply("Forwarded");
    String scheme;
    String host;
    String prefix = first(header.apply("X-Forwarded-Prefix"));
    if (forwarded != null) {
      List<String[]> pairs = firstElement(forwarded);
      scheme = value(pairs, "proto");
      host = value(pairs, "host");
    } else {
      scheme = first(header.apply("X-Forwarded-Proto"));
      host = first(header.apply("X-Forwarded-Host"));
    }
    String path = prefix != null && PREFIX.matcher(prefix).matches() ? prefix : "";
    if (host == null || !HOST.matcher(host).matches()) {
      return path;
    }
    String origin =
        scheme != null && SCHEME.matcher(scheme).matches()
            ? scheme.toLowerCase(Locale.ROOT)
            : targetScheme;
    return origin + "://" + host + path;
  }

  /**
   * The path and query of a link; an empty path is the root's, and a path that starts with {@code
   * //} gets {@code /.} before it, so that it is never read as an authority.
   */
  private static String pathAndQuery(String target) {
    if (target.isEmpty() || target.charAt(0) == '?') {
      return "/" + target;
    }
    return target.startsWith("//") ? "/." + target : target;
  }

  /** The first of a header's comma-separated values, trimmed, or {@code null}. */
  private static String first(String value) {
    if (value == null || value.length() > MAX_HEADER_LENGTH) {
      return null;
    }
    int comma = value.indexOf(',');
    String first = (comma < 0 ? value : value.substring(0, comma)).strip();
    return first.isEmpty() ? null : first;
  }

  /**
   * The name and value pairs of the first element of a {@code Forwarded} header (RFC 7239), values
   * unquoted; none when it does not parse.
   */
  private static List<String[]> firstElement(String forwarded) {
    List<String[]> pairs = new ArrayList<>();
    if (forwarded.length() > MAX_HEADER_LENGTH) {
      return pairs;
    }
    int at = 0;
    while (at < forwarded.length()) {
      int equals = forwarded.indexOf('=', at);
      if (equals < 0) {
        return List.of();
      }
      String name = forwarded.substring(at, equals).strip().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      at = equals + 1;
      if (at < forwarded.length() && forwarded.charAt(at) == '"') {
        at++;
        while (at < forwarded.length() && forwarded.charAt(at) != '"') {
          if (forwarded.charAt(at) == '\\' && at + 1 < forwarded.length()) {
            at++;
          }
          value.append(forwarded.charAt(at++));
        }
        if (at >= forwarded.length()) {
          return List.of();
        }
        at++;
      } else {
        while (at < forwarded.length() && ";,".indexOf(forwarded.charAt(at)) < 0) {
          value.append(forwarded.charAt(at++));
        }
      }
      pairs.add(new String[] {name, value.toString().strip()});
      while (at < forwarded.length() && forwarded.charAt(at) == ' ') {
        at++;
      }
      if (at >= forwarded.length() || forwarded.charAt(at) == ',') {
        return pairs;
      }
      if (forwarded.charAt(at) != ';') {
        return List.of();
      }
      at++;
    }
    return pairs;
  }

  /** The value of {@code name} among {@code pairs}; {@code null} when absent or given twice. */
  private static String value(List<String[]> pairs, String name) {
    String found = null;
    for (String[] pair : pairs) {
      if (pair[0].equals(name)) {
        if (found != null) {
          return null;
        }
        found = pair[1];
      }
    }
    return found;
  }

  private static String baseUri(Object value) {
    if (value == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(value.toString().strip());
    } catch (URISyntaxException notAUri) {
      throw new IllegalArgumentException(BASE_URI_PROPERTY + " must be a URI; it is not");
    }
    if (uri.getScheme() == null
        || !SCHEME.matcher(uri.getScheme()).matches()
        || uri.getRawAuthority() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawPath().startsWith("//")) {
      throw new IllegalArgumentException(
          BASE_URI_PROPERTY
              + " must be an absolute http or https URI without user, query or fragment, such as"
              + " https://api.example.com");
    }
    String text =
        uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + uri.getRawPath();
    // The links add the path the server received, which starts with a slash.
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static boolean trust(Object value) {
    if (value == null
        || value.equals(Boolean.FALSE)
        || "false".equalsIgnoreCase(value.toString().strip())) {
      return false;
    }
    if (value.equals(Boolean.TRUE) || "true".equalsIgnoreCase(value.toString().strip())) {
      return true;
    }
    throw new IllegalArgumentException(
        TRUST_PROXY_HEADERS_PROPERTY + " must be true or false; it is " + value);
  }

  @Override
  public String toString() {
    return "LinkBase["
        + (configured != null ? configured : trustProxyHeaders ? "proxy headers" : "relative")
        + "]";
  }
}
