package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the flow read, validate, plan, render one way: a step depends on the steps before it, never
 * on a later one or on a binding; one file maps a style to its convention; no source grows past
 * what a reader takes in. The framework seam of model/, validate/ and diagnostic/ is {@link
 * dev.envelopes.processor.dialect.NeutralPackagesTest}'s.
 */
class LayeringTest {

  private static final Path MAIN = Path.of("src", "main", "java", "dev", "envelopes", "processor");

  private static final String PROCESSOR = "dev\\.envelopes\\.processor\\.";

  /** A reference to an individual style, which only {@link #THE_STYLE_MAP} may make. */
  private static final Pattern STYLE_CONSTANT =
      Pattern.compile("Style\\.(META|BARE|STATUS|VENDOR)\\b|case (META|BARE|STATUS|VENDOR)\\b");

  private static final Path THE_STYLE_MAP = MAIN.resolve("convention").resolve("Conventions.java");

  private static final int MAX_LINES = 500;

  @Test
  void conventionsAndPlansNameNoWriter() {
    assertEquals(List.of(), mentions(PROCESSOR + "write\\.", "convention", "plan"));
  }

  @Test
  void neutralWritersNameNoBinding() {
    assertEquals(List.of(), mentions(PROCESSOR + "(write|dialect)\\.jakarta\\b", "write/json"));
  }

  @Test
  void bindingsNameNoOtherBinding() {
    assertEquals(List.of(), mentions(PROCESSOR + "write\\.jakarta\\b", "write/spring"));
    assertEquals(List.of(), mentions(PROCESSOR + "write\\.spring\\b", "write/jakarta"));
  }

  @Test
  void modelValidationAndDiagnosticsNameNoLaterStep() {
    assertEquals(
        List.of(), mentions(PROCESSOR + "(write|plan)\\.", "model", "validate", "diagnostic"));
  }

  @Test
  void onlyConventionsNamesIndividualStyles() {
    List<String> found = new ArrayList<>();
    for (Path file : sourcesIn("")) {
      if (file.equals(THE_STYLE_MAP)) {
        continue;
      }
      Matcher matches = STYLE_CONSTANT.matcher(read(file));
      while (matches.find()) {
        found.add(MAIN.relativize(file) + ": " + matches.group());
      }
    }
    assertEquals(List.of(), found);
    assertTrue(
        STYLE_CONSTANT.matcher(read(THE_STYLE_MAP)).find(),
        "the pattern finds no style even where styles are mapped");
  }

  @Test
  void noSourceIsLongerThanTheLimit() {
    List<String> found = new ArrayList<>();
    for (Path file : sourcesIn("")) {
      long lines = read(file).lines().count();
      if (lines > MAX_LINES) {
        found.add(MAIN.relativize(file) + ": " + lines + " lines");
      }
    }
    assertEquals(List.of(), found);
  }

  /** Each file of {@code packages} that mentions a package matching {@code forbidden}. */
  private static List<String> mentions(String forbidden, String... packages) {
    Pattern pattern = Pattern.compile(forbidden);
    List<String> found = new ArrayList<>();
    for (String name : packages) {
      List<Path> files = sourcesIn(name);
      assertFalse(files.isEmpty(), "no sources under " + MAIN.resolve(name));
      for (Path file : files) {
        Matcher matches = pattern.matcher(read(file));
        while (matches.find()) {
          found.add(MAIN.relativize(file) + ": " + matches.group());
        }
      }
    }
    return found;
  }

  private static List<Path> sourcesIn(String name) {
    try (Stream<Path> files = Files.walk(MAIN.resolve(name))) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
