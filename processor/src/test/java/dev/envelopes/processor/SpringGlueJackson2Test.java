package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spring glue of the {@code spring-meta}, {@code spring-vendor} and {@code spring-mixed} golden
 * APIs, on a classpath with Jackson 2 alone (as a Spring Boot 3.5 build has): every serializer and
 * {@code EnvelopesJsonFailures} are written for Jackson 2, and compile without a warning under
 * javac's lint and ecj.
 */
class SpringGlueJackson2Test {

  /** The package of each golden case's API, as a path. */
  private static final Map<String, String> PACKAGES =
      Map.of(
          "spring-meta", "com/example/tasks",
          "spring-vendor", "com/example/flow",
          "spring-mixed", "com/example/shop");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"spring-meta", "spring-vendor", "spring-mixed"})
  void javacCompilesTheGlueForJackson2WithoutWarnings(String name) {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(sourcesOf(name), JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(name, ProcessorCompiler.generatedSources(compilation));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"spring-meta", "spring-vendor", "spring-mixed"})
  void ecjCompilesTheGlueForJackson2WithoutWarnings(String name) {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithEcj(sourcesOf(name), JsonClasspath.JACKSON_2);

    assertThat(compilation).succeededWithoutWarnings();
    assertWrittenForJackson2(name, ProcessorCompiler.generatedSources(compilation));
  }

  private static List<JavaFileObject> sourcesOf(String name) {
    return ProcessorCompiler.sourcesIn("golden/" + name + "/input");
  }

  private static void assertWrittenForJackson2(String name, Map<String, String> generated) {
    String failures = PACKAGES.get(name) + "/EnvelopesJsonFailures.java";
    assertThat(generated.get(failures))
        .contains("import com.fasterxml.jackson.databind.JsonMappingException;");
    assertThat(generated.get(failures)).contains("reference.getFieldName()");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(file.getValue()).doesNotContain("import tools.jackson.");
    }
  }
}
