package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.bench.compile.CompileTimeBenchmark;
import dev.envelopes.bench.compile.CompileTimeBenchmark.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time benchmark once, on a 10-method API: all six javac processes must succeed under
 * -Werror, (b) must compile what (a) generated, (c) what its one-class processor generated, (d)
 * what (a) generated, written again by its replaying processor, and (e) and (f) the annotated
 * sources alone, (f) with the one class its processor generated.
 */
class CompileTimeSmokeTest {

  @Test
  void aTenMethodApiCompilesWithTheProcessorAndWithItsOutput(@TempDir Path work)
      throws IOException, InterruptedException {
    Timing timing = CompileTimeBenchmark.measure(work, 10, 1);

    assertEquals(10, timing.methods());
    // The API type, and a record, two exceptions and the resource for the one resource.
    assertEquals(5, timing.sources());
    assertTrue(timing.generatedSources() > 10, "generated " + timing.generatedSources());
    assertEquals(linesUnder(work.resolve("generated")), timing.generatedLines());
    assertCompiled(work, "b", "bench/api/EnvelopesFeature", "(b) compiled the generated feature");
    assertCompiled(work, "a", "bench/api/EnvelopesFeature", "(a) generated and compiled it");
    assertCompiled(work, "c", "bench/rounds/Generated", "(c) generated and compiled its class");
    assertCompiled(work, "c", "bench/api/EnvelopesFeature", "(c) compiled (b)'s sources");
    assertCompiled(work, "d", "bench/api/EnvelopesFeature", "(d) wrote (a)'s output again");
    assertCompiled(work, "e", "bench/api/SyntheticApi", "(e) compiled the annotated sources");
    assertCompiled(work, "f", "bench/rounds/Generated", "(f) generated and compiled its class");
    assertFalse(
        Files.exists(work.resolve("run-0/e/bench/api/EnvelopesFeature.class")),
        "(e) compiled the annotated sources alone");
    assertEquals(
        contentsUnder(work.resolve("generated")),
        contentsUnder(work.resolve("run-0/d-generated")),
        "(d) wrote (a)'s sources again, each as it was");
  }

  /** The lines of every file under {@code folder}. */
  private static long linesUnder(Path folder) throws IOException {
    return contentsUnder(folder).values().stream().mapToLong(text -> text.lines().count()).sum();
  }

  /** Every file under {@code folder}, by its path there, with its text. */
  private static Map<String, String> contentsUnder(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return contents;
  }

  private static void assertCompiled(Path work, String side, String type, String what) {
    assertTrue(Files.exists(work.resolve("run-0/" + side + "/" + type + ".class")), what);
  }
}
