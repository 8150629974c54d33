package dev.envelopes.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.SampleApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error catalog the processor wrote for the sample ({@code META-INF/openapi/errors.md}) against
 * the sample's own declarations, read from its class files as javac reads them ({@code @ApiError}
 * and {@code @MapException} are kept in the class files only, out of reflection's reach): every
 * declared exception has its row in every style the API answers in, at its declared status in the
 * meta envelope (which keeps statuses), with the code it declares.
 */
class ErrorCatalogTest {

  /**
   * One declaration of the sample's.
   *
   * @param exception the simple name of the exception it maps
   * @param status its status
   * @param code its meta code, -1 where it declares none
   * @param errorCode its code in the styles of string codes, empty where it declares none
   */
  record Declared(String exception, int status, int code, String errorCode) {}

  /** One row of a table of the catalog. */
  record Row(String code, int status, String message, String meaning, String operations) {}

  private static List<Declared> declarations;
  private static Map<String, List<Row>> sections;

  @BeforeAll
  static void read() throws Exception {
    declarations =
        declarationsIn(
            Path.of(
                SampleApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
    sections = sectionsOf(resource("META-INF/openapi/errors.md"));
  }

  @Test
  void theCatalogHasASectionPerStyleOfTheSample() {
    assertEquals(
        List.of("The meta envelope", "The bare style", "The status envelope", "The vendor style"),
        List.copyOf(sections.keySet()));
  }

  @Test
  void everyDeclarationHasItsRowInEveryStyle() {
    assertFalse(declarations.isEmpty(), "the sample declares its errors");
    for (Declared declared : declarations) {
      sections.forEach(
          (style, rows) ->
              assertFalse(
                  rowsOf(rows, declared).isEmpty(), () -> style + " lists no row for " + declared));
    }
  }

  @Test
  void theMetaEnvelopeAnswersEachDeclarationAtItsStatusWithItsCode() {
    for (Declared declared : declarations) {
      for (Row row : rowsOf(sections.get("The meta envelope"), declared)) {
        assertEquals(declared.status(), row.status(), () -> row + " for " + declared);
        if (declared.code() != -1) {
          assertEquals(String.valueOf(declared.code()), row.code(), () -> row + " for " + declared);
        }
      }
    }
  }

  @Test
  void aDeclaredStringCodeIsTheCodeOfItsRowInTheStylesThatWriteOne() {
    for (Declared declared : declarations) {
      if (declared.errorCode().isEmpty()) {
        continue;
      }
      List<Row> coded = new ArrayList<>();
      sections.values().forEach(rows -> coded.addAll(rowsOf(rows, declared)));
      assertTrue(
          coded.stream().anyMatch(row -> row.code().equals(declared.errorCode())),
          () -> declared + " in " + coded);
    }
  }

  @Test
  void everyStyleListsItsInternalErrorForAnyOperation() {
    sections.forEach(
        (style, rows) ->
            assertTrue(
                rows.stream()
                    .anyMatch(
                        row -> row.status() == 500 && row.operations().equals("any operation")),
                () -> style + ": " + rows));
  }

  private static List<Row> rowsOf(List<Row> rows, Declared declared) {
    return rows.stream()
        .filter(
            row ->
                row.meaning().startsWith("thrown " + declared.exception() + ":")
                    || row.meaning().startsWith("thrown " + declared.exception() + ","))
        .toList();
  }

  /** The tables of the catalog, by the heading of their section, in order. */
  private static Map<String, List<Row>> sectionsOf(String catalog) {
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    List<Row> rows = null;
    for (String line : catalog.split("\n")) {
      if (line.startsWith("## ")) {
        rows = new ArrayList<>();
        sections.put(line.substring(3).strip(), rows);
      } else if (rows != null
          && line.startsWith("| ")
          && !line.startsWith("| code |")
          && !line.startsWith("| --- |")) {
        String[] cells = line.substring(1, line.length() - 1).split(" \\| ");
        rows.add(
            new Row(
                cells[0].strip().replace("`", ""),
                Integer.parseInt(cells[1].strip()),
                cells[2].strip(),
                cells[3].strip(),
                cells[4].strip()));
      }
    }
    return sections;
  }

  private static String resource(String name) {
    try (InputStream in = ErrorCatalogTest.class.getClassLoader().getResourceAsStream(name)) {
      assertTrue(in != null, name + " is in the sample's classes");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The declarations on the classes under {@code classes}, read by javac from their class files.
   */
  private static List<Declared> declarationsIn(Path classes) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .filter(name -> !name.endsWith("package-info.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .sorted()
              .toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Collector collector = new Collector();
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            null,
            diagnostics,
            List.of("-proc:only", "-classpath", System.getProperty("java.class.path")),
            names,
            null);
    task.setProcessors(List.of(collector));
    assertTrue(task.call(), () -> diagnostics.getDiagnostics().toString());
    return collector.declared;
  }

  /** Collects {@code @ApiError} and {@code @MapException} from the types javac reads. */
  private static final class Collector extends AbstractProcessor {
    private final List<Declared> declared = new ArrayList<>();

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
      for (Element element : round.getRootElements()) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
          String type = annotation.getAnnotationType().toString();
          if (type.equals("dev.envelopes.ApiError")) {
            declared.add(declared(element.getSimpleName().toString(), annotation));
          } else if (type.equals("dev.envelopes.MapException")) {
            declared.add(mapped(annotation));
          } else if (type.equals("dev.envelopes.MapExceptions")) {
            for (Object each : (List<?>) valueOf(annotation, "value")) {
              declared.add(mapped((AnnotationMirror) ((AnnotationValue) each).getValue()));
            }
          }
        }
      }
      return false;
    }

    private Declared mapped(AnnotationMirror annotation) {
      DeclaredType exception = (DeclaredType) valueOf(annotation, "value");
      return declared(exception.asElement().getSimpleName().toString(), annotation);
    }

    private Declared declared(String exception, AnnotationMirror annotation) {
      Object code = valueOf(annotation, "code");
      Object errorCode = valueOf(annotation, "errorCode");
      return new Declared(
          exception,
          (Integer) valueOf(annotation, "status"),
          code == null ? -1 : (Integer) code,
          errorCode == null ? "" : (String) errorCode);
    }

    /** The value the annotation gives {@code name}, or {@code null} where it takes the default. */
    private static Object valueOf(AnnotationMirror annotation, String name) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(name)) {
          return entry.getValue().getValue();
        }
      }
      return null;
    }
  }
}
