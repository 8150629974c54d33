package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally around a processor only if the processor says what kind it is.
 * Envelopes is aggregating: the exception mapper and the other API-wide sources read every
 * annotated type, so a change to any of them reprocesses all; each generated file names the user
 * elements it comes from, which lets Gradle delete what a removed class generated.
 */
class GradleIncrementalDeclarationTest {

  @Test
  void theJarDeclaresTheProcessorAggregatingToGradle() throws IOException {
    try (InputStream declaration =
        EnvelopesProcessor.class.getResourceAsStream(
            "/META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          EnvelopesProcessor.class.getName() + ",aggregating\n",
          new String(declaration.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
