package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spring glue of the {@code spring-meta} and {@code spring-mixed} golden APIs (the meta
 * envelope, and the meta envelope beside the bare style), on a classpath with Jackson 2 alone (as a
 * Spring Boot 3.5 build has): every serializer and {@code EnvelopesJsonFailures} are written for
 * Jackson 2, and compile without a warning under javac's lint and ecj.
 */
class SpringGlueJackson2Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"spring-meta, com/example/tasks", "spring-mixed, com/example/shop"})
  void javacCompilesTheGlueForJackson2WithoutWarnings(String golden, String apiFolder) {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(
            ProcessorCompiler.sourcesIn("golden/" + golden + "/input"), JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(ProcessorCompiler.generatedSources(compilation), apiFolder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"spring-meta, com/example/tasks", "spring-mixed, com/example/shop"})
  void ecjCompilesTheGlueForJackson2WithoutWarnings(String golden, String apiFolder) {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithEcj(
            ProcessorCompiler.sourcesIn("golden/" + golden + "/input"), JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(ProcessorCompiler.generatedSources(compilation), apiFolder);
  }

  private static void assertWrittenForJackson2(Map<String, String> generated, String apiFolder) {
    String failures = generated.get(apiFolder + "/EnvelopesJsonFailures.java");
    assertThat(failures).contains("import com.fasterxml.jackson.databind.JsonMappingException;");
    assertThat(failures).contains("reference.getFieldName()");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(file.getValue()).doesNotContain("import tools.jackson.");
    }
  }
}
