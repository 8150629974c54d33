package dev.envelopes.processor.read;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import dev.envelopes.Enveloped;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.dialect.jakarta.JakartaRestDialect;
import dev.envelopes.processor.dialect.spring.SpringMvcDialect;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles sources in memory, reads their API as the processor does ({@link ApiReader}) and then
 * its payload schemas: what {@link PayloadSchemaReaderTest} and its siblings assert on. Jakarta
 * REST resources are read with Jackson 2's rules and Spring controllers with Jackson 3's, as the
 * test classpath (both Jacksons, Spring Framework 7) decides for each framework.
 */
final class PayloadSchemaFixture {

  static final SchemaModel STRING = new SchemaModel.Scalar("string", "");
  static final SchemaModel INT32 = new SchemaModel.Scalar("integer", "int32");
  static final SchemaModel INT64 = new SchemaModel.Scalar("integer", "int64");
  static final SchemaModel BOOLEAN = new SchemaModel.Scalar("boolean", "");

  private PayloadSchemaFixture() {}

  /** The schemas of the Jakarta REST API in {@code sources}: pairs of a class name and its code. */
  static PayloadSchemas jakartaRest(String... sources) {
    return read(
        Compiler.javac(), (elements, types) -> new JakartaRestDialect(elements), inMemory(sources));
  }

  /** As {@link #jakartaRest}, compiled by Eclipse's compiler, which IDE users run. */
  static PayloadSchemas jakartaRestWithEcj(String... sources) {
    return read(
        Compiler.compiler(new EclipseCompiler()).withOptions("--release", "17"),
        (elements, types) -> new JakartaRestDialect(elements),
        onDisk(sources));
  }

  /** The schemas of the Spring MVC API in {@code sources}: pairs of a class name and its code. */
  static PayloadSchemas springMvc(String... sources) {
    return read(Compiler.javac(), SpringMvcDialect::new, inMemory(sources));
  }

  static SchemaModel.Property key(
      String name, SchemaModel schema, boolean required, boolean nullable) {
    return new SchemaModel.Property(name, schema, required, nullable);
  }

  /** A key always written, never null. */
  static SchemaModel.Property always(String name, SchemaModel schema) {
    return key(name, schema, true, false);
  }

  /** A key always written, maybe null. */
  static SchemaModel.Property nullable(String name, SchemaModel schema) {
    return key(name, schema, true, true);
  }

  static SchemaModel.ObjectOf object(SchemaModel.Property... properties) {
    return new SchemaModel.ObjectOf(List.of(properties));
  }

  static SchemaModel.Named named(String name) {
    return new SchemaModel.Named(name);
  }

  static ClassName example(String simpleName) {
    return ClassName.get("com.example", simpleName);
  }

  private static List<JavaFileObject> inMemory(String... sources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i += 2) {
      files.add(JavaFileObjects.forSourceString(sources[i], sources[i + 1]));
    }
    return files;
  }

  /** The sources as files, which Eclipse's compiler needs where javac takes them from memory. */
  private static List<JavaFileObject> onDisk(String... sources) {
    try {
      Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "schemas");
      List<JavaFileObject> files = new ArrayList<>();
      for (int i = 0; i < sources.length; i += 2) {
        Path file = root.resolve(sources[i].replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sources[i + 1], StandardCharsets.UTF_8);
        files.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PayloadSchemas read(
      Compiler compiler, BiFunction<Elements, Types, Dialect> dialect, List<JavaFileObject> files) {
    Reader reader = new Reader(dialect);
    Compilation compilation = compiler.withProcessors(reader).compile(files);
    assertThat(compilation).succeeded();
    assertNotNull(reader.schemas, "the API was not read: " + files);
    return reader.schemas;
  }

  /** Reads the API of the enveloped classes among the sources, in the first round. */
  private static final class Reader extends AbstractProcessor {

    private final BiFunction<Elements, Types, Dialect> dialect;
    private PayloadSchemas schemas;

    Reader(BiFunction<Elements, Types, Dialect> dialect) {
      this.dialect = dialect;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver() || schemas != null) {
        return false;
      }
      Elements elements = processingEnv.getElementUtils();
      Types types = processingEnv.getTypeUtils();
      TreeSet<String> resources = new TreeSet<>();
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        if (type.getAnnotation(Enveloped.class) != null) {
          resources.add(type.getQualifiedName().toString());
        }
      }
      new ApiReader(elements, types, dialect.apply(elements, types))
          .read(
              new ApiReader.Inputs(
                  resources,
                  new TreeSet<>(),
                  new TreeSet<>(),
                  new TreeSet<>(),
                  new TreeSet<>(),
                  new TreeSet<>()))
          .ifPresent(api -> schemas = new PayloadSchemaReader(elements, types).read(api));
      return false;
    }
  }
}
