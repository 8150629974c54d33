package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Spring glue of the {@code spring-meta} golden API, on a classpath with Jackson 2 alone (as a
 * Spring Boot 3.5 build has): every serializer and {@code EnvelopesJsonFailures} are written for
 * Jackson 2, and compile without a warning under javac's lint and ecj.
 */
class SpringGlueJackson2Test {

  private static final List<JavaFileObject> SOURCES =
      ProcessorCompiler.sourcesIn("golden/spring-meta/input");

  private static final String FAILURES = "com/example/tasks/EnvelopesJsonFailures.java";

  @Test
  void javacCompilesTheGlueForJackson2WithoutWarnings() {
    Compilation compilation = ProcessorCompiler.compileStrictly(SOURCES, JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(ProcessorCompiler.generatedSources(compilation));
  }

  @Test
  void ecjCompilesTheGlueForJackson2WithoutWarnings() {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithEcj(SOURCES, JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(ProcessorCompiler.generatedSources(compilation));
  }

  private static void assertWrittenForJackson2(Map<String, String> generated) {
    assertThat(generated.get(FAILURES))
        .contains("import com.fasterxml.jackson.databind.JsonMappingException;");
    assertThat(generated.get(FAILURES)).contains("reference.getFieldName()");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(file.getValue()).doesNotContain("import tools.jackson.");
    }
  }
}
