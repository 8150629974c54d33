package dev.envelopes.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * One misuse, read from its fixture folder {@code diagnostics/<diagnostic>/<case>/}: the sources
 * that commit it, and the error it must give and where. The folder's parent names the {@link
 * Diagnostic} in lower case with dashes; the folder holds the case's Java sources (compiled with
 * the shared {@code diagnostics/Project.java}), sources another processor generates in a later
 * round under {@code generated-in-round-<n>/}, and {@code expected.properties}:
 *
 * <ul>
 *   <li>{@code argument.1}, {@code argument.2}...: the catalog message's details, in order;
 *   <li>{@code file} (or {@code generatedFile}, for a source another processor generated): the
 *       qualified name of the source the error is reported in, and {@code line}: a text on its
 *       line;
 *   <li>{@code ecjPosition=none}: Eclipse's compiler has no position for the element (a record's
 *       declaration, a type generated in a later round), so only its message is checked;
 *   <li>{@code classpathOf}: compile against only the jars or folders of these classes, and the
 *       JDK;
 *   <li>{@code readmeExample=true}: the case whose message the README's list of compile errors
 *       shows for its diagnostic, when it is not the first in its folder;
 *   <li>{@code framework=Spring MVC}: the framework in whose words the message is, when it is not
 *       Jakarta REST.
 * </ul>
 */
final class MisuseFixture {

  static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  private static final String ROOT = "diagnostics";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final String GENERATED_FOLDER = "generated-in-round-";

  /** Each case's compilation, once: the tests look at the same compilations. */
  private static final Map<String, Compilation> COMPILATIONS = new ConcurrentHashMap<>();

  /** Per case, the element kinds each error of its javac compilation was reported on. */
  private static final Map<String, Map<String, Set<String>>> ERROR_ELEMENT_KINDS =
      new ConcurrentHashMap<>();

  final String name;
  final Diagnostic diagnostic;
  final Object[] arguments;
  final Map<String, JavaFileObject> sources = new LinkedHashMap<>();
  final Map<String, JavaFileObject> ecjSources = new LinkedHashMap<>();
  final List<Supplier<Processor>> otherProcessors = new ArrayList<>();
  final Optional<List<File>> classpath;
  final boolean ecjHasNoPosition;
  final boolean inGeneratedFile;
  final String file;
  final String line;
  final boolean readmeExample;
  final FrameworkWords words;

  private MisuseFixture(Path folder, Properties expected) {
    this.name = folder.getFileName().toString();
    this.diagnostic = diagnosticNamed(folder.getParent().getFileName().toString());
    this.arguments = arguments(expected);
    this.inGeneratedFile = expected.containsKey("generatedFile");
    this.file = required(expected, inGeneratedFile ? "generatedFile" : "file", folder);
    this.line = required(expected, "line", folder);
    this.readmeExample = Boolean.parseBoolean(expected.getProperty("readmeExample"));
    this.words = wordsOf(expected.getProperty("framework", "Jakarta REST"), folder);
    this.ecjHasNoPosition = "none".equals(expected.getProperty("ecjPosition"));
    this.classpath =
        Optional.ofNullable(expected.getProperty("classpathOf"))
            .map(names -> Stream.of(names.split(",")).map(MisuseFixture::locationOf).toList());
    addSource(ProcessorCompiler.resourcePath(ROOT).resolve("Project.java"));
    for (Path source : filesIn(folder, ".java")) {
      addSource(source);
    }
    for (Path generated : filesIn(folder, "")) {
      String round = generated.getFileName().toString();
      if (Files.isDirectory(generated) && round.startsWith(GENERATED_FOLDER)) {
        int number = Integer.parseInt(round.substring(GENERATED_FOLDER.length()));
        for (Path source : filesIn(generated, ".java")) {
          String text = read(source);
          String qualifiedName = qualifiedName(source, text);
          otherProcessors.add(() -> new SourceGeneratingProcessor(number, qualifiedName, text));
        }
      }
    }
  }

  /** Every misuse under {@code diagnostics/}, in the order of their folders. */
  static Stream<MisuseFixture> all() {
    List<MisuseFixture> corpus = new ArrayList<>();
    for (Path rule : filesIn(ProcessorCompiler.resourcePath(ROOT), "")) {
      if (Files.isDirectory(rule)) {
        for (Path folder : filesIn(rule, "")) {
          corpus.add(new MisuseFixture(folder, properties(folder.resolve("expected.properties"))));
        }
      }
    }
    return corpus.stream();
  }

  String message() {
    return diagnostic.format(words, arguments);
  }

  /** The words of the framework named {@code framework}, as its words name it. */
  private static FrameworkWords wordsOf(String framework, Path folder) {
    return Stream.of(DiagnosticsTest.JAKARTA_REST, DiagnosticsTest.SPRING_MVC)
        .filter(words -> words.word(FrameworkWords.Term.FRAMEWORK).equals(framework))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(folder + ": no framework " + framework));
  }

  Compilation compilation() {
    return COMPILATIONS.computeIfAbsent(
        name,
        unused -> compile(Compiler.javac(), OPTIONS, sources.values(), new EnvelopesProcessor()));
  }

  /**
   * The kinds of element the processor put this case's expected error on, under javac: {@code
   * class}, {@code method}, {@code parameter} and so on. They are recorded in a compilation of
   * their own: the recorder wraps the processing environment, which hides javac's source trees,
   * where the processor finds one of several repeated annotations.
   */
  Set<String> errorElementKinds() {
    return ERROR_ELEMENT_KINDS
        .computeIfAbsent(
            name,
            unused -> {
              ErrorElementRecorder recorder = new ErrorElementRecorder(new EnvelopesProcessor());
              compile(Compiler.javac(), OPTIONS, sources.values(), recorder);
              return recorder.elementKindsByMessage();
            })
        .getOrDefault(message(), Set.of());
  }

  /**
   * The same compilation with Eclipse's compiler, which IDE users run. It reads sources only from
   * files, so they are written out first; {@link #ecjSources} holds them by name.
   */
  Compilation ecjCompilation() {
    Path folder = Path.of("target", "ecj-sources", name).toAbsolutePath();
    ecjSources.clear();
    try {
      for (Map.Entry<String, JavaFileObject> source : sources.entrySet()) {
        Path written = folder.resolve(source.getKey().replace('.', '/') + ".java");
        Files.createDirectories(written.getParent());
        Files.writeString(written, source.getValue().getCharContent(true));
        ecjSources.put(source.getKey(), JavaFileObjects.forResource(written.toUri().toURL()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compile(
        Compiler.compiler(new EclipseCompiler()),
        ProcessorCompiler.ECJ_OPTIONS,
        ecjSources.values(),
        new EnvelopesProcessor());
  }

  /** The source the error is expected in, as {@code compilation} knows it. */
  JavaFileObject file(Compilation compilation) {
    if (inGeneratedFile) {
      // A failed compilation keeps no generated files, but its diagnostics keep their sources.
      String path = "/" + file.replace('.', '/') + ".java";
      return compilation.diagnostics().stream()
          .map(javax.tools.Diagnostic::getSource)
          .filter(source -> source != null && source.toUri().getPath().endsWith(path))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no diagnostic in " + path));
    }
    // The compilation may have been made from another instance of this case: match by URI.
    java.net.URI javacSource = sources.get(file).toUri();
    return compilation.sourceFiles().stream()
        .filter(source -> source.toUri().equals(javacSource))
        .findFirst()
        .orElseGet(() -> ecjSources.get(file));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Compiles with {@code envelopes}, after the records' processor as in the jar. */
  private Compilation compile(
      Compiler javaCompiler,
      List<String> options,
      Collection<JavaFileObject> files,
      Processor envelopes) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new EnvelopeRecordsProcessor());
    processors.add(envelopes);
    otherProcessors.forEach(processor -> processors.add(processor.get()));
    Compiler compiler = javaCompiler.withProcessors(processors).withOptions(options);
    if (classpath.isPresent()) {
      compiler = compiler.withClasspath(classpath.get());
    }
    return compiler.compile(files);
  }

  private void addSource(Path source) {
    String text = read(source);
    String qualifiedName = qualifiedName(source, text);
    sources.put(qualifiedName, JavaFileObjects.forSourceString(qualifiedName, text));
  }

  /** {@code paging-cursor-not-cursor} names {@link Diagnostic#PAGING_CURSOR_NOT_CURSOR}. */
  private static Diagnostic diagnosticNamed(String folder) {
    return Diagnostic.valueOf(folder.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The details in order; a whole number is read as one, since some details are {@code %d}. */
  private static Object[] arguments(Properties expected) {
    List<Object> arguments = new ArrayList<>();
    for (int index = 1; expected.containsKey("argument." + index); index++) {
      String argument = expected.getProperty("argument." + index);
      arguments.add(argument.matches("-?\\d+") ? (Object) Long.valueOf(argument) : argument);
    }
    return arguments.toArray();
  }

  private static String required(Properties expected, String key, Path folder) {
    String value = expected.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(folder + "/expected.properties has no " + key);
    }
    return value;
  }

  private static String qualifiedName(Path source, String text) {
    String simpleName = source.getFileName().toString().replaceFirst("\\.java$", "");
    Matcher declaration = PACKAGE.matcher(text);
    return declaration.find() ? declaration.group(1) + "." + simpleName : simpleName;
  }

  /** The entries of {@code folder} whose names end with {@code suffix}, sorted by name. */
  private static List<Path> filesIn(Path folder, String suffix) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(entry -> entry.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties properties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The jar or class folder a class was loaded from. */
  private static File locationOf(String className) {
    try {
      Class<?> type = Class.forName(className.strip());
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(className, e);
    }
  }
}
