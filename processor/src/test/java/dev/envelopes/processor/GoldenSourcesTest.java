package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares what the processor generates for representative resources with the expected sources kept
 * in {@code src/test/resources/golden/<case>/expected}, byte for byte, and checks that they compile
 * without a single warning.
 *
 * <ul>
 *   <li>{@code list}: paged methods with long and int offsets, an unpaged list, an array and a set,
 *       with a declared code table, an exception with a code of its own, and two mapped exceptions;
 *   <li>{@code single}: a record, an {@code Optional}, a primitive, a string and a map, without any
 *       API declaration, so every status answers with Envelopes' defaults;
 *   <li>{@code write}: a create that returns a UUID, a POST that creates nothing, PUT, PATCH and
 *       DELETE, and a resource with a single enveloped method.
 * </ul>
 *
 * <p>After a deliberate change to the generated code, rewrite the expected sources with {@code mvn
 * test -pl processor -Dtest=GoldenSourcesTest -Denvelopes.golden.update=true} and review the diff.
 */
class GoldenSourcesTest {

  private static final boolean UPDATE = Boolean.getBoolean("envelopes.golden.update");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"list", "single", "write", "bare", "status", "vendor"})
  void generatesTheExpectedSourcesWithoutWarnings(String name) throws IOException {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(ProcessorCompiler.sourcesIn("golden/" + name + "/input"));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    if (UPDATE) {
      rewriteExpected(name, generated);
    }
    Map<String, String> expected = expected(name);
    assertEquals(expected.keySet(), generated.keySet(), "the generated files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  /**
   * Eclipse's compiler, which IDE users run, generates the same sources from the same input, and
   * compiles them without a warning.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"list", "single", "write", "bare", "status", "vendor"})
  void eclipsesCompilerGeneratesTheSameSourcesWithoutWarnings(String name) throws IOException {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithEcj(
            ProcessorCompiler.sourcesIn("golden/" + name + "/input"));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    Map<String, String> expected = expected(name);
    assertEquals(expected.keySet(), generated.keySet(), "the generated files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  private static Map<String, String> expected(String name) throws IOException {
    Path root =
        UPDATE ? sourceTree(name) : ProcessorCompiler.resourcePath("golden/" + name + "/expected");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  /** Replaces the expected sources in the source tree with what was generated. */
  private static void rewriteExpected(String name, Map<String, String> generated)
      throws IOException {
    Path root = sourceTree(name);
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }

  private static Path sourceTree(String name) {
    return Path.of("src/test/resources/golden", name, "expected").toAbsolutePath();
  }
}
