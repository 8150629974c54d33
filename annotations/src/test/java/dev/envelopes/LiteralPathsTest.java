package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link LiteralPaths} against the regular expressions it stands for, on paths chosen to differ.
 */
class LiteralPathsTest {

  private static final List<String> TEMPLATES =
      List.of("", "/items", "/generated/vendor/items", "/a.b", "/v2/x(y)", "/q\\E/z");

  private static final List<String> SUFFIXES =
      List.of(
          "", "/", "//", "/1", "/1/", "/1/tags", "x", "X", "/\n", "/a\nb", "/a\r", "/\u0085",
          "/\u2028", "/\u2029", "/\t", "/%0A", "?q=1", "s/1", "/é");

  @Test
  void underMatchesAsTheResourceTemplatesExpressionDoes() {
    for (String template : TEMPLATES) {
      Pattern pattern = Pattern.compile(Pattern.quote(template) + "(/.*)?");
      for (String path : pathsAround(template)) {
        assertEquals(
            pattern.matcher(absolute(path)).matches(),
            LiteralPaths.under(path, template),
            () -> "under(\"" + path + "\", \"" + template + "\")");
      }
    }
  }

  @Test
  void atMatchesAsTheMethodTemplatesExpressionDoes() {
    for (String template : TEMPLATES) {
      Pattern pattern = Pattern.compile(Pattern.quote(template) + "/?");
      for (String path : pathsAround(template)) {
        assertEquals(
            pattern.matcher(absolute(path)).matches(),
            LiteralPaths.at(path, template),
            () -> "at(\"" + path + "\", \"" + template + "\")");
      }
    }
  }

  @Test
  void takesThePathWithOrWithoutItsLeadingSlash() {
    assertEquals(true, LiteralPaths.under("items/7", "/items"));
    assertEquals(true, LiteralPaths.under("/items/7", "/items"));
    assertEquals(false, LiteralPaths.under("itemsX/7", "/items"));
    assertEquals(true, LiteralPaths.at("items/", "/items"));
    assertEquals(false, LiteralPaths.at("items/7", "/items"));
    assertEquals(true, LiteralPaths.under("", ""));
    assertEquals(true, LiteralPaths.at("", ""));
  }

  /** The template with each suffix, with and without the leading slash, and a few others. */
  private static List<String> pathsAround(String template) {
    List<String> paths = new java.util.ArrayList<>(List.of("", "/", "/other", "other"));
    String shorter = template.isEmpty() ? "" : template.substring(0, template.length() - 1);
    paths.add(shorter);
    for (String suffix : SUFFIXES) {
      paths.add(template + suffix);
      if (!template.isEmpty()) {
        paths.add(template.substring(1) + suffix);
      }
    }
    return paths;
  }

  /** The path as the generated code tested it against the expression: with its leading slash. */
  private static String absolute(String path) {
    return path.startsWith("/") ? path : "/" + path;
  }
}
