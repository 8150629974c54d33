package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.compilations;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An API that mentions a type which does not exist, and which no processor generates: the compiler
 * reports it, and that one error is all the user sees. Envelopes waits for later rounds in case a
 * processor generates the type, then says nothing more, as AutoValue and Dagger do.
 */
class MissingTypesTest {

  private static final String PROJECT =
      """
      package com.example;

      public record Project(long id, String name) {}
      """;

  /**
   * One API with one missing type.
   *
   * @param name what is missing where
   * @param sources the user's sources besides {@code Project}, by qualified name
   * @param file the source where the compiler reports the missing type
   * @param line text on the line where it reports it
   * @param withOtherProcessor whether another processor runs, which makes a second round
   */
  record Missing(
      String name,
      Map<String, String> sources,
      String file,
      String line,
      boolean withOtherProcessor) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Missing> missingTypes() {
    return Stream.of(
        new Missing(
            "returnTypeWhileAnotherProcessorRuns",
            Map.of(
                "com.example.ProjectResource",
                resource(
                    """
                      @GET
                      @Path("{id}/summary")
                      public ProjectSummary summary(@PathParam("id") long id) {
                        return null;
                      }
                    """)),
            "com.example.ProjectResource",
            "public ProjectSummary summary(",
            true),
        new Missing(
            "requestBody",
            Map.of(
                "com.example.ProjectResource",
                resource(
                    """
                      @POST
                      public long create(
                          NewProject project) {
                        return 1;
                      }
                    """)),
            "com.example.ProjectResource",
            "NewProject project",
            false),
        new Missing(
            "thrownException",
            Map.of(
                "com.example.ProjectResource",
                resource(
                    """
                      @POST
                      public long create(String name) throws DuplicateProjectName {
                        return 1;
                      }
                    """)),
            "com.example.ProjectResource",
            "throws DuplicateProjectName",
            false),
        new Missing(
            "mapExceptionValue",
            Map.of(
                "com.example.ShopApplication",
                """
                package com.example;

                import dev.envelopes.EnvelopeApi;
                import dev.envelopes.MapException;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;

                @ApplicationPath("/api")
                @EnvelopeApi
                @MapException(
                    value = ShopClosed.class,
                    status = 503)
                public class ShopApplication extends Application {}
                """),
            "com.example.ShopApplication",
            "value = ShopClosed.class",
            false),
        new Missing(
            "superclassOfAnApiError",
            Map.of(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(status = 404)
                public class ProjectNotFound extends NotFoundBase {

                  private static final long serialVersionUID = 1L;
                }
                """),
            "com.example.ProjectNotFound",
            "extends NotFoundBase",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingTypes")
  void javacReportsTheMissingTypeAndNothingElse(Missing missing) throws IOException {
    Compilation compilation =
        compile(Compiler.javac(), ProcessorCompiler.STRICT_OPTIONS, missing, sources(missing));

    assertOn(missing, compilation).hadErrorCount(1);
    assertOnlyTheCompilersError(missing, compilation, "cannot find symbol");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingTypes")
  void eclipsesCompilerReportsTheMissingTypeInItsOwnWordsOnly(Missing missing) throws IOException {
    // Eclipse's compiler reads sources from files only.
    Path folder = Path.of("target", "missing-type-sources", missing.name()).toAbsolutePath();
    List<JavaFileObject> files = new ArrayList<>();
    for (JavaFileObject source : sources(missing)) {
      Path file = folder.resolve(source.toUri().getPath().replaceFirst("^/", ""));
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true));
      files.add(JavaFileObjects.forResource(file.toUri().toURL()));
    }
    Compilation compilation =
        compile(
            Compiler.compiler(new EclipseCompiler()),
            ProcessorCompiler.ECJ_OPTIONS,
            missing,
            files);

    // ecj may say it twice, as of "ShopClosed.class" it reports the class and Class<ShopClosed>.
    assertOnlyTheCompilersError(missing, compilation, "cannot be resolved");
  }

  private static void assertOnlyTheCompilersError(
      Missing missing, Compilation compilation, String compilersWords) {
    assertOn(missing, compilation).failed();
    for (var error : compilation.errors()) {
      assertWithMessage(missing.name() + ": an error that is not the compiler's")
          .that(error.getMessage(Locale.ROOT))
          .contains(compilersWords);
    }
    JavaFileObject file =
        compilation.sourceFiles().stream()
            .filter(
                source ->
                    source.toUri().getPath().endsWith(missing.file().replace('.', '/') + ".java"))
            .findFirst()
            .orElseThrow();
    assertOn(missing, compilation)
        .hadErrorContaining(compilersWords)
        .inFile(file)
        .onLineContaining(missing.line());
  }

  private static Compilation compile(
      Compiler compiler, List<String> options, Missing missing, List<JavaFileObject> sources) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new EnvelopeRecordsProcessor());
    processors.add(new EnvelopesProcessor());
    if (missing.withOtherProcessor()) {
      // Generates a type in the first round, so that the missing one is looked for again after.
      processors.add(
          new SourceGeneratingProcessor(
              1,
              "com.example.GeneratedPayload",
              "package com.example;\n\npublic record GeneratedPayload(long id) {}\n"));
    }
    return compiler.withProcessors(processors).withOptions(options).compile(sources);
  }

  private static List<JavaFileObject> sources(Missing missing) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forSourceString("com.example.Project", PROJECT));
    new TreeMap<>(missing.sources())
        .forEach((name, text) -> sources.add(JavaFileObjects.forSourceString(name, text)));
    return sources;
  }

  private static String resource(String methods) {
    return """
    package com.example;

    import dev.envelopes.Enveloped;
    import jakarta.ws.rs.GET;
    import jakarta.ws.rs.POST;
    import jakarta.ws.rs.Path;
    import jakarta.ws.rs.PathParam;

    @Path("/projects")
    @Enveloped
    public class ProjectResource {

      @GET
      @Path("{id}")
      public Project get(@PathParam("id") long id) {
        return new Project(id, "Apollo");
      }

    %s}
    """
        .formatted(methods);
  }

  private static CompilationSubject assertOn(Missing missing, Compilation compilation) {
    return assertWithMessage(missing.name()).about(compilations()).that(compilation);
  }
}
