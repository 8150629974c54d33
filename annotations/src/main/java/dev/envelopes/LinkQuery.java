package dev.envelopes;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The query a page link repeats: the query parameters its resource method declares, in the order
 * the request gave them, each with the values it gave, exactly as sent; then the paging parameters
 * with their new values. A parameter the method does not declare is left out, so a client cannot
 * make an answer repeat whatever it put in the query.
 *
 * <p>What a link repeats is bounded: at most {@value #MAX_LENGTH} characters as sent, the size of
 * the request line most servers and proxies accept (Apache's {@code LimitRequestLine}, nginx's
 * {@code large_client_header_buffers}, Tomcat's {@code maxHttpHeaderSize}), so a longer link could
 * not be followed anyway; a meta answer's two links then stay within 16 KB, the bound of an error
 * body. The generated paging checks a request against it with {@link #tooLong} before the resource
 * method runs, and answers the style's 400 rather than drop a link, which a client would take for
 * the last page.
 *
 * <p>The query is read from the raw request URI, which keeps the client's order; Jakarta REST's
 * {@code UriInfo.getQueryParameters()} and {@code UriBuilder.replaceQueryParam} promise none.
 * Instances are immutable and safe to share between threads.
 */
public final class LinkQuery {

  /** The most characters, as sent, that the query parameters a link repeats may take. */
  public static final int MAX_LENGTH = 8192;

  /** What an answer says of the parameter that makes a link too long, after its name. */
  public static final String TOO_LONG =
      "is too long to repeat in a page link: the query parameters a link repeats may take at most "
          + MAX_LENGTH
          + " characters";

  /** The most percent-encoded characters one decoded character of a name can take. */
  private static final int MAX_ENCODED_CHAR_LENGTH = 9;

  /** The names it repeats, or {@code null} for every parameter. */
  private final Set<String> names;

  /** The length of the longest name, as sent, that can decode to one of {@link #names}. */
  private final int longestName;

  private LinkQuery(Set<String> names) {
    this.names = names;
    int longest = 0;
    if (names != null) {
      for (String name : names) {
        longest = Math.max(longest, name.length() * MAX_ENCODED_CHAR_LENGTH);
      }
    }
    this.longestName = longest;
  }

  /**
   * The query of the links of a method that declares the query parameters {@code names}.
   *
   * @param names the names of its {@code @QueryParam} parameters
   */
  public static LinkQuery declared(Set<String> names) {
    return new LinkQuery(Set.copyOf(names));
  }

  /**
   * The query of the links of a method whose query parameters are not all known when it is
   * compiled, as those of a {@code @BeanParam}: every parameter of the request is repeated, within
   * the same bound.
   */
  public static LinkQuery everyParameter() {
    return new LinkQuery(null);
  }

  /**
   * The name of the longest parameter when the parameters a link to {@code request} repeats take
   * more than {@value #MAX_LENGTH} characters, cut as {@link ErrorBounds#name} cuts; else empty.
   *
   * @param request the request's URI, as the client sent it
   * @param name the first paging parameter, which a link gives a new value
   * @param otherName the second paging parameter
   */
  public Optional<String> tooLong(URI request, String name, String otherName) {
    return tooLong(request.getRawQuery(), name, otherName);
  }

  /**
   * As {@link #tooLong(URI, String, String)}, of the raw query a framework gives as text.
   *
   * @param query the request's query as the client sent it, or {@code null} for none
   * @param name the first paging parameter, which a link gives a new value
   * @param otherName the second paging parameter
   */
  public Optional<String> tooLong(String query, String name, String otherName) {
    if (query == null || query.length() <= MAX_LENGTH) {
      return Optional.empty();
    }
    Set<String> paging = Set.of(name, otherName);
    // Sorted, so that of two parameters as long the first name is the one named.
    Map<String, Integer> lengths = new TreeMap<>();
    int total = -1;
    for (int start = 0; start <= query.length(); ) {
      int end = end(query, start);
      String repeated = repeatedName(query, start, end, paging);
      if (repeated != null) {
        total += end - start + 1;
        lengths.merge(repeated, end - start, Integer::sum);
      }
      start = end + 1;
    }
    if (total <= MAX_LENGTH) {
      return Optional.empty();
    }
    String longest = null;
    for (Map.Entry<String, Integer> entry : lengths.entrySet()) {
      if (longest == null || entry.getValue() > lengths.get(longest)) {
        longest = entry.getKey();
      }
    }
    return Optional.of(ErrorBounds.name(longest));
  }

  /**
   * The link to another page of {@code request}: its URI up to the query, the parameters it repeats
   * as sent, then {@code name} and {@code otherName} with their values.
   *
   * @param request the request's URI, as the client sent it
   * @param name the first paging parameter
   * @param value its value on the linked page
   * @param otherName the second paging parameter
   * @param otherValue its value on the linked page
   */
  public URI link(URI request, String name, Object value, String otherName, Object otherValue) {
    String uri = request.toString();
    int queryStart = uri.indexOf('?');
    return URI.create(
        link(
            queryStart < 0 ? uri : uri.substring(0, queryStart),
            request.getRawQuery(),
            name,
            value,
            otherName,
            otherValue));
  }

  /**
   * As {@link #link(URI, String, Object, String, Object)}, of the path and query a framework gives
   * as text: the link is {@code path}, then {@code ?} and its query.
   *
   * @param path what comes before the query, as the client sent it, such as the request's path
   * @param query the request's query as the client sent it, or {@code null} for none
   * @param name the first paging parameter
   * @param value its value on the linked page
   * @param otherName the second paging parameter
   * @param otherValue its value on the linked page
   */
  public String link(
      String path, String query, String name, Object value, String otherName, Object otherValue) {
    StringBuilder link = new StringBuilder(path);
    char separator = '?';
    Set<String> paging = Set.of(name, otherName);
    for (int start = 0; query != null && start <= query.length(); ) {
      int end = end(query, start);
      if (repeatedName(query, start, end, paging) != null) {
        link.append(separator).append(query, start, end);
        separator = '&';
      }
      start = end + 1;
    }
    link.append(separator).append(encode(name)).append('=').append(encode(value));
    link.append('&').append(encode(otherName)).append('=').append(encode(otherValue));
    return link.toString();
  }

  /** Where the parameter that starts at {@code start} ends: at the next {@code &} or the end. */
  private static int end(String query, int start) {
    int end = query.indexOf('&', start);
    return end < 0 ? query.length() : end;
  }

  /**
   * The decoded name of the parameter from {@code start} to {@code end} when a link repeats it;
   * {@code null} when it is empty, a paging parameter or one the method does not declare.
   */
  private String repeatedName(String query, int start, int end, Set<String> paging) {
    if (start == end) {
      return null;
    }
    int nameEnd = start;
    while (nameEnd < end && query.charAt(nameEnd) != '=') {
      nameEnd++;
    }
    if (names != null && nameEnd - start > longestName) {
      return null;
    }
    String name;
    try {
      name = URLDecoder.decode(query.substring(start, nameEnd), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return names == null ? query.substring(start, nameEnd) : null;
    }
    if (paging.contains(name) || (names != null && !names.contains(name))) {
      return null;
    }
    return name;
  }

  /**
   * {@code value} as {@link URLEncoder} encodes it. Paging names and values are nearly always
   * letters and digits, which it leaves as they are; they are returned without calling it, since
   * it allocates its buffers before it looks.
   */
  private static String encode(Object value) {
    String text = String.valueOf(value);
    for (int i = 0; i < text.length(); i++) {
      if (!keptByUrlEncoder(text.charAt(i))) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
      }
    }
    return text;
  }

  /** Whether {@link URLEncoder} writes {@code c} as it is: ASCII letters, digits and {@code .-*_}. */
  private static boolean keptByUrlEncoder(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '*'
        || c == '_';
  }
}
