package dev.envelopes.processor.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the framework seam: the model, the validation and the diagnostics speak neutral words and
 * import no framework; the readers learn what a framework means only from a {@link Dialect}. A
 * second framework is a new dialect, not an edit to these packages.
 */
class NeutralPackagesTest {

  private static final Path MAIN = Path.of("src", "main", "java", "dev", "envelopes", "processor");

  /** Imports that tie a package to a framework, its dialect or its binding. */
  private static final Pattern FRAMEWORK_IMPORT =
      Pattern.compile(
          "^import (static )?(jakarta\\.|org\\.springframework\\."
              + "|dev\\.envelopes\\.processor\\.(dialect|write)\\.(jakarta|spring))",
          Pattern.MULTILINE);

  /** A string literal, whose words a message or generated code would carry. */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  /** Jakarta REST's words, which belong to its dialect's words, not to a neutral package. */
  private static final Pattern JAKARTA_REST_WORD =
      Pattern.compile(
          "jakarta\\.|Jakarta REST|@(Path|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Produces|Consumes"
              + "|QueryParam|PathParam|HeaderParam|CookieParam|MatrixParam|FormParam|BeanParam"
              + "|DefaultValue|Context|Suspended)\\b");

  /** Spring MVC's words, which belong to its dialect's words. */
  private static final Pattern SPRING_MVC_WORD =
      Pattern.compile(
          "org\\.springframework|Spring MVC|ResponseEntity|@(RestController|Controller"
              + "|RequestMapping|GetMapping|PostMapping|PutMapping|PatchMapping|DeleteMapping"
              + "|RequestParam|PathVariable|RequestHeader|CookieValue|RequestBody|ResponseBody)\\b");

  @Test
  void modelValidationAndDiagnosticsImportNoFramework() {
    assertEquals(List.of(), neutralSourcesMatching(FRAMEWORK_IMPORT, anyImport -> true));
  }

  @Test
  void modelValidationAndDiagnosticsQuoteNoJakartaRestWord() {
    assertEquals(
        List.of(),
        neutralSourcesMatching(
            STRING_LITERAL, literal -> JAKARTA_REST_WORD.matcher(literal).find()));
  }

  /** Each match of {@code pattern} in model/, validate/ and diagnostic/ that {@code offends}. */
  private static List<String> neutralSourcesMatching(Pattern pattern, Predicate<String> offends) {
    List<String> found = new ArrayList<>();
    for (Path file : sourcesIn("model", "validate", "diagnostic")) {
      Matcher matches = pattern.matcher(read(file));
      while (matches.find()) {
        if (offends.test(matches.group())) {
          found.add(file.getFileName() + ": " + matches.group());
        }
      }
    }
    return found;
  }

  @Test
  void modelValidationAndDiagnosticsQuoteNoSpringMvcWord() {
    assertEquals(
        List.of(),
        neutralSourcesMatching(
            STRING_LITERAL, literal -> SPRING_MVC_WORD.matcher(literal).find()));
  }

  @Test
  void readersNameNoFrameworkTypeAndAskTheirDialect() {
    List<Path> readers = sourcesIn("read");
    assertFalse(readers.isEmpty(), "no readers found under " + MAIN.resolve("read"));
    List<String> found = new ArrayList<>();
    for (Path file : readers) {
      String source = read(file);
      if (source.contains("jakarta.ws.rs")
          || source.contains("org.springframework")
          || FRAMEWORK_IMPORT.matcher(source).find()) {
        found.add(file.getFileName().toString());
      }
    }
    assertEquals(List.of(), found);
  }

  private static List<Path> sourcesIn(String... packages) {
    List<Path> sources = new ArrayList<>();
    for (String name : packages) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(name))) {
        files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
