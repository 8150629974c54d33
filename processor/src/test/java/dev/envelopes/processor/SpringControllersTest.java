package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;

/**
 * Valid Spring MVC controllers ({@code spring-controllers/}), with every parameter and return shape
 * the dialect reads, go through both processors: no error and no warning, with javac's lint all on
 * and ecj's defaults; the record of each enveloped method's answer, the Spring glue, the
 * auto-configuration listed where Spring Boot reads it, and no Jakarta REST glue.
 */
class SpringControllersTest {

  /** The controllers, and the record they answer, under {@code spring-controllers/}. */
  private static final List<JavaFileObject> SOURCES =
      ProcessorCompiler.sourcesIn("spring-controllers");

  private static final List<String> RECORDS =
      List.of(
          "com.example.ProjectControllerGetEnvelope",
          "com.example.ProjectControllerListEnvelope",
          "com.example.ProjectControllerSearchEnvelope",
          "com.example.ProjectControllerCreateEnvelope",
          "com.example.ProjectControllerReplaceEnvelope",
          "com.example.ProjectControllerRenameEnvelope",
          "com.example.ProjectControllerDeleteEnvelope",
          "com.example.ProjectControllerArchiveEnvelope",
          "com.example.ProjectControllerCopyEnvelope",
          "com.example.TaskControllerFirstEnvelope");

  /** Some of the Spring glue: each controller's endpoints, the advice and the configuration. */
  private static final List<String> GLUE =
      List.of(
          "com.example.ProjectControllerEnvelopes",
          "com.example.TaskControllerEnvelopes",
          "com.example.EnvelopesEndpoints",
          "com.example.EnvelopesExceptionHandler",
          "com.example.EnvelopesConfiguration");

  @Test
  void validControllersCompileWithTheirRecordsAndTheSpringGlueWithoutWarnings() {
    Compilation compilation =
        compile(Compiler.javac(), List.of("--release", "17", "-Xlint:all,-processing"));

    assertWithMessage("errors").that(compilation.errors()).isEmpty();
    assertEquals(List.of(), warnings(compilation));
    List<String> generated =
        ProcessorCompiler.generatedSources(compilation).keySet().stream()
            .map(path -> path.replaceFirst("\\.java$", "").replace('/', '.'))
            .toList();
    assertThat(generated).containsAtLeastElementsIn(RECORDS);
    assertThat(generated).containsAtLeastElementsIn(GLUE);
    // No Jakarta REST feature or exception mapper.
    assertThat(generated)
        .containsNoneOf("com.example.EnvelopesFeature", "com.example.EnvelopesExceptionMapper");
    JavaFileObject imports =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT,
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
            .orElseThrow();
    assertEquals("com.example.EnvelopesConfiguration\n", content(imports));
  }

  @Test
  void eclipsesCompilerGivesNoWarningEither() {
    Compilation compilation =
        compile(Compiler.compiler(new EclipseCompiler()), ProcessorCompiler.ECJ_OPTIONS);

    assertWithMessage("errors").that(compilation.errors()).isEmpty();
    assertEquals(List.of(), warnings(compilation));
  }

  private static Compilation compile(Compiler compiler, List<String> options) {
    return compiler
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(options)
        .compile(SOURCES);
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every warning of the compilation, with all of javac's lint or ecj's default warnings. */
  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream().map(warning -> warning.getMessage(Locale.ROOT)).toList();
  }
}
