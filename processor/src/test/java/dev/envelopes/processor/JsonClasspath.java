package dev.envelopes.processor;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The compile classpath of a user build that has one Jackson only: the test's own classpath, which
 * holds both, less the other's databind, streaming API and providers. Jackson's annotations, which
 * both share, stay.
 */
enum JsonClasspath {
  /** Jackson 2, as on Spring Boot 3.5 or a Jakarta REST runtime. */
  JACKSON_2("/tools/jackson/"),
  /** Jackson 3, as on Spring Boot 4. */
  JACKSON_3("/com/fasterxml/jackson/", "jersey-media-json-jackson");

  /** The name of the file in a golden case's folder that chooses its Jackson. */
  static final String CASE_FILE = "json-library.properties";

  private static final String ANNOTATIONS = "/com/fasterxml/jackson/core/jackson-annotations/";

  private final List<String> excluded;

  JsonClasspath(String... excluded) {
    this.excluded = List.of(excluded);
  }

  /** The jars and folders of the test's classpath that a build with this Jackson only has. */
  List<File> files() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !isExcluded(entry.replace('\\', '/')))
        .map(File::new)
        .toList();
  }

  private boolean isExcluded(String entry) {
    return !entry.contains(ANNOTATIONS) && excluded.stream().anyMatch(entry::contains);
  }

  /**
   * The Jackson a golden case chooses with {@value #CASE_FILE} ({@code json=jackson3}), or {@code
   * null} for the test's own classpath, which holds both Jacksons and so compiles for Jackson 2.
   */
  static JsonClasspath ofCase(Path caseFolder) {
    Path file = caseFolder.resolve(CASE_FILE);
    if (!Files.exists(file)) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return switch (properties.getProperty("json")) {
      case "jackson2" -> JACKSON_2;
      case "jackson3" -> JACKSON_3;
      default -> throw new IllegalArgumentException(file + ": json is jackson2 or jackson3");
    };
  }
}
