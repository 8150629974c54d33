package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally around a processor only if the processor says what kind it is. The
 * records of methods' answers come from an isolating processor: each depends on its resource class
 * alone. The exception mapper, the filters and the other sources that read every annotated type
 * come from an aggregating one. Each generated file names the user elements it comes from, which
 * lets Gradle delete what a removed class generated.
 */
class GradleIncrementalDeclarationTest {

  @Test
  void theJarDeclaresOneIsolatingAndOneAggregatingProcessorToGradle() throws IOException {
    try (InputStream declaration =
        EnvelopesProcessor.class.getResourceAsStream(
            "/META-INF/gradle/incremental.annotation.processors")) {
      assertEquals(
          EnvelopeRecordsProcessor.class.getName()
              + ",isolating\n"
              + EnvelopesProcessor.class.getName()
              + ",aggregating\n",
          new String(declaration.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
