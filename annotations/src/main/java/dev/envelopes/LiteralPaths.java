package dev.envelopes;

/**
 * Whether a request path matches a {@code @Path} template without variables, as the regular
 * expressions Jakarta REST builds for it would (specification, section 3.7.3), without compiling or
 * running one: the generated code asks this of every vendor-style request before matching, and a
 * {@code Matcher} per template and request was most of what those filters allocated.
 *
 * <p>The path is relative to the application, with or without its leading slash, as frameworks give
 * it; the template has one leading slash and none at the end, and is empty for the root.
 */
public final class LiteralPaths {

  private LiteralPaths() {}

  /**
   * Whether {@code path} is {@code template} or below it: what {@code \Qtemplate\E(/.*)?} matches
   * (a resource's template), no line terminator included after it, as {@code .} takes none.
   *
   * @param path the request path relative to the application
   * @param template the resource's literal template
   */
  public static boolean under(String path, String template) {
    int length = absoluteLength(path);
    int end = template.length();
    if (!startsWith(path, template)) {
      return false;
    }
    if (length == end) {
      return true;
    }
    if (charAt(path, end) != '/') {
      return false;
    }
    for (int i = end + 1; i < length; i++) {
      if (isLineTerminator(charAt(path, i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code path} is {@code template}, with or without a trailing slash: what {@code
   * \Qtemplate\E/?} matches (a method's template).
   *
   * @param path the request path relative to the application
   * @param template the method's literal template, below its resource's
   */
  public static boolean at(String path, String template) {
    int length = absoluteLength(path);
    int end = template.length();
    return startsWith(path, template)
        && (length == end || (length == end + 1 && charAt(path, end) == '/'));
  }

  /** Whether the path, with its leading slash, starts with {@code template}. */
  private static boolean startsWith(String path, String template) {
    if (absoluteLength(path) < template.length()) {
      return false;
    }
    for (int i = 0; i < template.length(); i++) {
      if (charAt(path, i) != template.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The length of {@code path} with its leading slash, added if it has none. */
  private static int absoluteLength(String path) {
    return path.startsWith("/") ? path.length() : path.length() + 1;
  }

  /** The character at {@code index} of {@code path} with its leading slash. */
  private static char charAt(String path, int index) {
    if (path.startsWith("/")) {
      return path.charAt(index);
    }
    return index == 0 ? '/' : path.charAt(index - 1);
  }

  /** The characters {@code .} does not match in a regular expression without {@code DOTALL}. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
