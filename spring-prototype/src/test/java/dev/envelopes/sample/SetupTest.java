package dev.envelopes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The setup is no line of the user's: the generated configuration is an auto-configuration that a
 * processor can list beside the compiled classes, where Spring Boot finds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SetupTest {

  private static final String IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  @Autowired private ApplicationContext context;

  @Test
  void theConfigurationIsAppliedAsAnAutoConfigurationFromTheClassesDirectory() throws IOException {
    // Boot names an auto-configuration's bean by its class name; a scanned one would be
    // "envelopesConfiguration".
    assertEquals(
        List.of(EnvelopesConfiguration.class.getName()),
        List.of(context.getBeanNamesForType(EnvelopesConfiguration.class)));
    List<URL> lists = List.copyOf(Collections.list(getClass().getClassLoader().getResources(IMPORTS)));
    assertTrue(
        lists.stream().anyMatch(url -> url.getProtocol().equals("file")),
        () -> "an imports file in a classes directory among " + lists);
  }

  @Test
  void theGeneratedErrorControllerTakesThePlaceOfBootsOwn() {
    assertEquals(1, context.getBeansOfType(EnvelopesErrorController.class).size());
    assertFalse(context.containsBean("basicErrorController"));
  }

  @Test
  void anAnnotationProcessorCanWriteTheImportsFileThatBootThenReads(@TempDir Path dir)
      throws IOException {
    Path source = Files.writeString(dir.resolve("Api.java"), "@Deprecated class Api {}");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            null,
            null,
            List.of("-d", classes.toString(), "-proc:only"),
            null,
            javac.getStandardFileManager(null, null, null).getJavaFileObjects(source));
    task.setProcessors(List.of(new ImportsWriter()));

    assertTrue(task.call());
    assertEquals(
        "dev.example.EnvelopesConfiguration\n", Files.readString(classes.resolve(IMPORTS)));
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      assertEquals(
          List.of("dev.example.EnvelopesConfiguration"),
          List.copyOf(ImportCandidates.load(AutoConfiguration.class, loader).getCandidates()));
    }
  }

  /** Writes the imports file once, in the last round, as an aggregating processor would. */
  @SupportedAnnotationTypes("*")
  static final class ImportsWriter extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        try (Writer writer =
            processingEnv
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", IMPORTS)
                .openWriter()) {
          writer.write("dev.example.EnvelopesConfiguration\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
