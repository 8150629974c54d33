package dev.envelopes.bench.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest API the compile-time benchmark measures must compile at all, with the processor and
 * under -Werror: at 5,000 methods the exception mapper once held a branch for every method of the
 * API in one method, past the JVM's 64 KB of code per method ("code too large").
 */
class LargeApiTest {

  @Test
  void aFiveThousandMethodApiCompilesWithTheProcessor(@TempDir Path work)
      throws IOException, InterruptedException {
    List<Path> sources = SyntheticApi.write(work.resolve("src"), 5_000);

    // Javac throws, with javac's errors, if the compilation fails.
    new Javac().withProcessor(sources, work.resolve("classes"), work.resolve("generated"));

    assertTrue(
        Files.exists(work.resolve("classes/bench/api/EnvelopesExceptionMapper.class")),
        "the exception mapper was generated and compiled");
  }
}
