package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.dialect.spring.SpringMvcWords;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;

/**
 * Valid Spring MVC controllers ({@code spring-controllers/}), with every parameter and return
 * shape the dialect reads, go through both processors: no error, the record of each enveloped
 * method's answer, and, while there is no Spring binding, one warning that says no glue is
 * generated, and no Jakarta REST glue.
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

  @Test
  void validControllersCompileWithTheirRecordsAndOneWarningThatNoGlueIsGenerated() {
    Compilation compilation =
        compile(Compiler.javac(), List.of("--release", "17", "-Xlint:all,-processing"));

    assertWithMessage("errors").that(compilation.errors()).isEmpty();
    assertEquals(List.of(warning()), envelopesWarnings(compilation));
    List<String> generated =
        ProcessorCompiler.generatedSources(compilation).keySet().stream()
            .map(path -> path.replaceFirst("\\.java$", "").replace('/', '.'))
            .toList();
    assertThat(generated).containsAtLeastElementsIn(RECORDS);
    // Nothing but the records: no Jakarta REST feature, filter or exception mapper.
    assertThat(generated.stream().filter(name -> !name.endsWith("Envelope")).toList())
        .containsExactly("com.example.ProjectControllerJson", "com.example.TaskControllerJson");
  }

  @Test
  void eclipsesCompilerGivesTheSameOneWarning() {
    Compilation compilation =
        compile(Compiler.compiler(new EclipseCompiler()), ProcessorCompiler.ECJ_OPTIONS);

    assertWithMessage("errors").that(compilation.errors()).isEmpty();
    assertEquals(List.of(warning()), envelopesWarnings(compilation));
  }

  private static Compilation compile(Compiler compiler, List<String> options) {
    return compiler
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(options)
        .compile(SOURCES);
  }

  private static String warning() {
    return Diagnostic.BINDING_NOT_YET_AVAILABLE.format(new SpringMvcWords(), "com.example");
  }

  /**
   * Every warning of the compilation, with all of javac's lint or ecj's default warnings: the
   * sources and the records generated for them are clean, so there is only Envelopes' own.
   */
  private static List<String> envelopesWarnings(Compilation compilation) {
    return compilation.warnings().stream()
        .map(warning -> warning.getMessage(Locale.ROOT))
        .toList();
  }
}
