package dev.envelopes.processor.plan;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A {@code @Path} template as the Jakarta REST specification matches it (section 3.7.3): literal
 * text, {@code {name}} variables that take one path segment, and {@code {name: regex}} variables
 * that take what their expression matches; and how specific it is (section 3.7.2): more literal
 * characters first, then more variables, then more variables with an expression of their own.
 *
 * @param template the template, with one leading slash and none at the end: {@code /notes/{id}}
 * @param regex the expression that matches a path starting with a slash, the template's alone
 * @param literalCharacters how many characters of the template are literal text
 * @param variables how many variables it has
 * @param variablesWithRegex how many of them have an expression of their own
 */
public record PathTemplate(
    String template, String regex, int literalCharacters, int variables, int variablesWithRegex) {

  /** Most specific first, as a request is matched; by template text among equals. */
  public static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(PathTemplate::literalCharacters)
          .thenComparingInt(PathTemplate::variables)
          .thenComparingInt(PathTemplate::variablesWithRegex)
          .reversed()
          .thenComparing(PathTemplate::template);

  /** Whether the template has no variable: its text alone, matched without an expression. */
  public boolean literal() {
    return variables == 0;
  }

  /** The template of {@code path}, a class's or a method's {@code @Path} value. */
  public static PathTemplate of(String path) {
    return below("", path);
  }

  /** The template of a method's {@code @Path} value below its class's template. */
  public PathTemplate below(String path) {
    return below(template, path);
  }

  private static PathTemplate below(String parent, String path) {
    String template = parent + normalized(path);
    StringBuilder regex = new StringBuilder();
    int literal = 0;
    int variables = 0;
    int withRegex = 0;
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        open = template.length();
      }
      if (open > i) {
        regex.append(Pattern.quote(template.substring(i, open)));
        literal += open - i;
      }
      if (open == template.length()) {
        break;
      }
      int close = closingBrace(template, open);
      if (close < 0) {
        // Not a template Jakarta REST accepts: match the rest as text rather than fail.
        regex.append(Pattern.quote(template.substring(open)));
        literal += template.length() - open;
        break;
      }
      String variable = template.substring(open + 1, close);
      int colon = variable.indexOf(':');
      variables++;
      if (colon >= 0) {
        withRegex++;
        regex.append('(').append(variable.substring(colon + 1).strip()).append(')');
      } else {
        regex.append("([^/]+?)");
      }
      i = close + 1;
    }
    return new PathTemplate(template, regex.toString(), literal, variables, withRegex);
  }

  /** {@code path} with one leading slash and none at the end; empty for the root. */
  private static String normalized(String path) {
    String stripped = path.strip();
    int start = 0;
    int end = stripped.length();
    while (start < end && stripped.charAt(start) == '/') {
      start++;
    }
    while (end > start && stripped.charAt(end - 1) == '/') {
      end--;
    }
    return start == end ? "" : "/" + stripped.substring(start, end);
  }

  /**
   * Where the variable opened at {@code open} closes, or -1 if it does not; its expression may hold
   * braces. The OpenAPI document reads a template's variables by it too.
   */
  public static int closingBrace(String template, int open) {
    int depth = 0;
    for (int i = open; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
