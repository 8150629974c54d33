package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares what the processor generates for representative resources with the expected sources kept
 * in {@code src/test/resources/golden}, byte for byte, and checks that they compile without a
 * single warning.
 *
 * <ul>
 *   <li>{@code list}: paged methods with long and int offsets, an unpaged list, an array and a set,
 *       with a declared code table, an exception with a code of its own, and two mapped exceptions;
 *   <li>{@code single}: a record, an {@code Optional}, a primitive, a string and a map, without any
 *       API declaration, so every status answers with Envelopes' defaults;
 *   <li>{@code write}: a create that returns a UUID, a POST that creates nothing, PUT, PATCH and
 *       DELETE, and a resource with a single enveloped method;
 *   <li>{@code jackson3}: a plain payload, a list and a page in each of the four styles, compiled
 *       against Jackson 3 databind and not Jackson 2's ({@code json-library.properties}), as on
 *       Spring Boot 4, so that every serializer is written for Jackson 3;
 *   <li>{@code spring-meta}: a Spring MVC controller in the meta envelope (a page, a get, a future,
 *       a create with 201 and {@code Location}, a PATCH, a {@code ResponseEntity}, a list, a
 *       declared exception and {@code @Valid} bodies), on Spring Boot 4 and Jackson 3: the Spring
 *       glue, every file of it;
 *   <li>{@code spring-status}: a Spring MVC controller in the status envelope, the API's only style
 *       (a page, an {@code Optional}, a future, a create with 201 and {@code Location}, a {@code
 *       ResponseEntity}, an error, a 422 failure and a mapped exception): the glue in that style.
 *   <li>{@code spring-vendor}: the {@code vendor} case's resource as a Spring MVC controller (a
 *       cursor page with views and side-loading, a get, a create, a PUT): the vendor style's Spring
 *       glue, its request filter, its request ids and its checks.
 *   <li>{@code spring-bare}: a Spring MVC controller in the bare style (a page by signed cursor, a
 *       get, an {@code Optional}, a list, an array, a create, a PUT, a declared exception);
 *   <li>{@code spring-mixed}: controllers in the meta envelope and the bare style, one of which
 *       mixes the two method by method, so that every answer picks the request's style.
 * </ul>
 *
 * <p>The expected files of the cases of {@link #OPENAPI_CASES} include the OpenAPI document and
 * the error catalog the processor writes beside the sources, {@code
 * expected/META-INF/openapi/openapi.json} and {@code errors.md}.
 *
 * <p>A case's expected sources are the files of {@code golden/<case>/expected}, plus the API-wide
 * files it shares with other cases: {@code golden/<case>/api-wide.properties} names its API package
 * and the sets it shares, each kept once in {@code golden/api-wide/<set>/} with the package {@value
 * #API_WIDE_PACKAGE}, which is replaced by the case's. A file of the case's own folder takes the
 * place of a shared file of the same name.
 *
 * <p>After a deliberate change to the generated code, rewrite the expected sources with {@code mvn
 * test -pl processor -Dtest=GoldenSourcesTest -Denvelopes.golden.update=true} and review the diff:
 * {@value #API_WIDE_OWNER}, the first case, rewrites the shared sets; every case then keeps in its
 * own folder what differs from them.
 */
class GoldenSourcesTest {

  private static final boolean UPDATE = Boolean.getBoolean("envelopes.golden.update");

  /** The package of the API-wide files as they are kept. */
  static final String API_WIDE_PACKAGE = "com.example.api";

  /**
   * The cases whose OpenAPI document and error catalog are kept too: one per style on Jakarta
   * REST, and a Spring MVC API that mixes two styles.
   */
  static final Set<String> OPENAPI_CASES = Set.of("list", "bare", "status", "vendor", "spring-mixed");

  /** The case whose generated files rewrite the shared API-wide sets in update mode. */
  static final String API_WIDE_OWNER = "list";

  /** Every golden case, by the name of its folder. */
  static List<String> cases() {
    return List.of(
        "list",
        "single",
        "write",
        "bare",
        "status",
        "vendor",
        "jackson3",
        "spring-meta",
        "spring-status",
        "spring-vendor",
        "spring-bare",
        "spring-mixed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatesTheExpectedSourcesWithoutWarnings(String name) throws IOException {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(
            ProcessorCompiler.sourcesIn("golden/" + name + "/input"), jsonOf(name));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = generatedFiles(name, compilation);
    if (UPDATE) {
      rewriteExpected(name, generated);
    }
    Map<String, String> expected = expected(name);
    assertEquals(expected.keySet(), generated.keySet(), "the generated files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  /**
   * Eclipse's compiler, which IDE users run, generates the same sources from the same input, and
   * compiles them without a warning.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eclipsesCompilerGeneratesTheSameSourcesWithoutWarnings(String name) throws IOException {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithEcj(
            ProcessorCompiler.sourcesIn("golden/" + name + "/input"), jsonOf(name));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> generated = generatedFiles(name, compilation);
    Map<String, String> expected = expected(name);
    assertEquals(expected.keySet(), generated.keySet(), "the generated files");
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }

  /**
   * The generated sources and, for the cases of {@link #OPENAPI_CASES}, the OpenAPI resources
   * ({@code META-INF/openapi/openapi.json} and {@code errors.md}), by path.
   */
  private static Map<String, String> generatedFiles(String name, Compilation compilation) {
    Map<String, String> files = new TreeMap<>(ProcessorCompiler.generatedSources(compilation));
    if (OPENAPI_CASES.contains(name)) {
      files.putAll(ProcessorCompiler.generatedOpenApiResources(compilation));
    }
    return files;
  }

  /** The Jackson the case's classpath has only, or {@code null} for both. */
  private static JsonClasspath jsonOf(String name) {
    return JsonClasspath.ofCase(ProcessorCompiler.resourcePath("golden/" + name));
  }

  /** The case's expected sources by path: the shared API-wide files, then its own. */
  private static Map<String, String> expected(String name) throws IOException {
    Path golden = goldenRoot();
    ApiWide apiWide = ApiWide.of(golden, name);
    Map<String, String> files = new TreeMap<>();
    for (String set : apiWide.sets()) {
      filesIn(golden.resolve("api-wide").resolve(set))
          .forEach((file, text) -> files.put(apiWide.pathOf(file), apiWide.relocate(text)));
    }
    files.putAll(filesIn(golden.resolve(name).resolve("expected")));
    return files;
  }

  /**
   * Replaces the expected sources in the source tree with what was generated: the owner rewrites
   * the shared sets it generates, and each case keeps only the files no shared set holds as is.
   */
  private static void rewriteExpected(String name, Map<String, String> generated)
      throws IOException {
    Path golden = sourceTree();
    ApiWide apiWide = ApiWide.of(golden, name);
    Map<String, String> shared = new TreeMap<>();
    for (String set : apiWide.sets()) {
      Path setFolder = golden.resolve("api-wide").resolve(set);
      for (String file : filesIn(setFolder).keySet()) {
        String text = generated.get(apiWide.pathOf(file));
        if (name.equals(API_WIDE_OWNER)) {
          if (text == null) {
            Files.delete(setFolder.resolve(file));
          } else {
            Files.writeString(setFolder.resolve(file), apiWide.relocate(text, API_WIDE_PACKAGE));
          }
        }
      }
      filesIn(setFolder)
          .forEach((file, text) -> shared.put(apiWide.pathOf(file), apiWide.relocate(text)));
    }
    Path root = golden.resolve(name).resolve("expected");
    for (String file : filesIn(root).keySet()) {
      Files.delete(root.resolve(file));
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      if (file.getValue().equals(shared.get(file.getKey()))) {
        continue;
      }
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }

  /** The text of every file under {@code root}, by its path relative to it. */
  private static Map<String, String> filesIn(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  private static Path goldenRoot() {
    return UPDATE ? sourceTree() : ProcessorCompiler.resourcePath("golden");
  }

  private static Path sourceTree() {
    return Path.of("src/test/resources/golden").toAbsolutePath();
  }

  /**
   * A case's {@code api-wide.properties}: its API package, where the shared API-wide files are
   * generated, and the sets of them it shares.
   */
  private record ApiWide(String apiPackage, List<String> sets) {

    static ApiWide of(Path golden, String name) throws IOException {
      Properties properties = new Properties();
      try (Reader reader =
          Files.newBufferedReader(
              golden.resolve(name).resolve("api-wide.properties"), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      String shares = properties.getProperty("shares");
      return new ApiWide(
          properties.getProperty("package"),
          shares.isBlank() ? List.of() : List.of(shares.split(",")));
    }

    /** Where a shared file is generated for this API. */
    String pathOf(String file) {
      return apiPackage.replace('.', '/') + "/" + file;
    }

    /** A shared file as it is generated for this API. */
    String relocate(String text) {
      return relocate(text, apiPackage);
    }

    /** {@code text} with its package declaration naming {@code target}. */
    String relocate(String text, String target) {
      return text.replaceFirst("(?m)^package [\\w.]+;", "package " + target + ";");
    }
  }
}
