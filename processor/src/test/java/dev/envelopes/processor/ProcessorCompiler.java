package dev.envelopes.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles sources with the processor as a user's build would, with every warning an error, and
 * reads back what it generated.
 */
final class ProcessorCompiler {

  /**
   * The options of a strict user build: Java 17 and the README's compiler flags, with which every
   * lint warning fails the build.
   */
  static final List<String> STRICT_OPTIONS =
      Stream.concat(Stream.of("--release", "17"), ReadmeBuildSnippet.mavenCompilerArgs().stream())
          .toList();

  private ProcessorCompiler() {}

  /**
   * The options of a user build under Eclipse's compiler: Java 17 and ecj's default warnings, which
   * an IDE shows; the tests then require that there are none. Like the IDE by default, it reads
   * javadoc, where generated code links back to the user's methods.
   */
  static final List<String> ECJ_OPTIONS = List.of("--release", "17", "-enableJavadoc");

  static Compilation compileStrictly(List<JavaFileObject> sources) {
    return compileStrictly(sources, null);
  }

  /**
   * As {@link #compileStrictly(List)}, against {@code json}'s classpath, or the test's own when it
   * is {@code null}.
   */
  static Compilation compileStrictly(List<JavaFileObject> sources, JsonClasspath json) {
    return on(Compiler.javac(), json)
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(STRICT_OPTIONS)
        .compile(sources);
  }

  /** As {@link #compileStrictly(List)}, with the processor options {@code options} besides. */
  static Compilation compileStrictlyWithOptions(List<JavaFileObject> sources, List<String> options) {
    List<String> all = new ArrayList<>(STRICT_OPTIONS);
    all.addAll(options);
    return Compiler.javac()
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(all)
        .compile(sources);
  }

  /** As {@link #compileStrictly}, with Eclipse's compiler, which IDE users run. */
  static Compilation compileStrictlyWithEcj(List<JavaFileObject> sources) {
    return compileStrictlyWithEcj(sources, (JsonClasspath) null);
  }

  /** As {@link #compileStrictly(List, JsonClasspath)}, with Eclipse's compiler. */
  static Compilation compileStrictlyWithEcj(List<JavaFileObject> sources, JsonClasspath json) {
    return on(Compiler.compiler(new EclipseCompiler()), json)
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(ECJ_OPTIONS)
        .compile(sources);
  }

  private static Compiler on(Compiler compiler, JsonClasspath json) {
    return json == null ? compiler : compiler.withClasspath(json.files());
  }

  /**
   * As {@link #compileStrictlyWithEcj(List)}, ignoring ecj's warnings about the sources in {@code
   * userSources}, so that only those about generated code count.
   */
  static Compilation compileStrictlyWithEcj(List<JavaFileObject> sources, Path userSources) {
    List<String> options = new ArrayList<>(ECJ_OPTIONS);
    options.add("-nowarn:[" + userSources + "]");
    return Compiler.compiler(new EclipseCompiler())
        .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /** The Java sources under a test resource folder, in the order of their paths. */
  static List<JavaFileObject> sourcesIn(String resourceFolder) {
    Path root = resourcePath(resourceFolder);
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .map(ProcessorCompiler::toSource)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every generated source, by its path relative to the output root, such as {@code a/b/C.java}.
   */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative =
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      try {
        sources.put(relative, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /**
   * Every resource generated under {@code META-INF/openapi/} (the OpenAPI document and the error
   * catalog), by its path relative to the class output, such as {@code
   * META-INF/openapi/openapi.json}.
   */
  static Map<String, String> generatedOpenApiResources(Compilation compilation) {
    Map<String, String> resources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/META-INF/openapi/");
      if (at < 0) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        resources.put(
            path.substring(at + "/CLASS_OUTPUT/".length()),
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources;
  }

  static Path resourcePath(String resourceFolder) {
    try {
      return Path.of(ProcessorCompiler.class.getResource("/" + resourceFolder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(resourceFolder, e);
    }
  }

  private static JavaFileObject toSource(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
