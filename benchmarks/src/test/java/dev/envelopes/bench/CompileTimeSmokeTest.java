package dev.envelopes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.bench.compile.CompileTimeBenchmark;
import dev.envelopes.bench.compile.CompileTimeBenchmark.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time benchmark once, on a 10-method API: both javac processes must succeed under
 * -Werror, and (b) must compile what (a) generated.
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
    assertTrue(
        Files.exists(work.resolve("run-0/b/bench/api/EnvelopesFeature.class")),
        "(b) compiled the generated feature");
    assertTrue(
        Files.exists(work.resolve("run-0/a/bench/api/EnvelopesFeature.class")),
        "(a) generated and compiled the feature");
  }
}
