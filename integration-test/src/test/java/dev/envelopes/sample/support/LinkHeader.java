package dev.envelopes.sample.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of {@code Link} header values as RFC 8288 section 3 defines them, for tests:
 * {@code Link = #link-value}, {@code link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param
 * )}, {@code link-param = token BWS [ "=" BWS ( token / quoted-string ) ]}. Jersey's own {@code
 * Link.valueOf} forgives what a client might not, so it cannot be the judge.
 */
public final class LinkHeader {

  /** One link: its target, and its parameters by lower-case name, in order. */
  public record Value(URI target, Map<String, String> parameters) {}

  /** The characters of an RFC 9110 token besides letters and digits. */
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private final String text;
  private int at;

  private LinkHeader(String text) {
    this.text = text;
  }

  /**
   * The links of one header value, in order.
   *
   * @throws IllegalArgumentException where it departs from the grammar
   */
  public static List<Value> parse(String header) {
    return new LinkHeader(header).links();
  }

  private List<Value> links() {
    List<Value> links = new ArrayList<>();
    do {
      whitespace();
      links.add(link());
      whitespace();
    } while (take(','));
    if (at != text.length()) {
      throw fail("a comma or the end");
    }
    return links;
  }

  private Value link() {
    expect('<');
    int end = text.indexOf('>', at);
    if (end < 0) {
      throw fail("'>' closing the target");
    }
    String target = text.substring(at, end);
    for (char c : target.toCharArray()) {
      if (c <= ' ' || c >= 0x7f || c == '<' || c == '"') {
        throw fail("a target of URI characters only, not U+%04X".formatted((int) c));
      }
    }
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URI-Reference: " + target, e);
    }
    at = end + 1;
    Map<String, String> parameters = new LinkedHashMap<>();
    while (true) {
      whitespace();
      if (!take(';')) {
        break;
      }
      whitespace();
      String name = token().toLowerCase(java.util.Locale.ROOT);
      whitespace();
      String value = null;
      if (take('=')) {
        whitespace();
        value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
      }
      if (parameters.putIfAbsent(name, value) != null && name.equals("rel")) {
        throw fail("one rel");
      }
    }
    return new Value(uri, parameters);
  }

  private String token() {
    int start = at;
    while (at < text.length() && isTokenChar(text.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw fail("a token");
    }
    return text.substring(start, at);
  }

  private String quoted() {
    expect('"');
    StringBuilder value = new StringBuilder();
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      if (c < ' ' && c != '\t' || c == 0x7f) {
        throw fail("no control character in a quoted string");
      }
      value.append(c);
    }
    expect('"');
    return value.toString();
  }

  private static boolean isTokenChar(char c) {
    return c < 0x7f && (Character.isLetterOrDigit(c) || TOKEN_SYMBOLS.indexOf(c) >= 0) && c > ' ';
  }

  private void whitespace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw fail("'" + c + "'");
    }
  }

  private IllegalArgumentException fail(String expected) {
    return new IllegalArgumentException(
        "expected " + expected + " at " + at + " of the Link header " + text);
  }
}
