package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.CompilationSubject.compilations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.Enveloped;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.jakarta.JakartaRestWords;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Triggers every error of the {@link Diagnostic} catalog with a small, realistic misuse, and checks
 * that the compilation fails with that one error, in the catalog's words, on the offending line.
 *
 * <p>The compilations use {@code -Xlint:all,-processing} without {@code -Werror}, so that a warning
 * about the misused code does not count as a second error.
 */
class DiagnosticsTest {

  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  /** The words of the corpus's framework, in which its messages are expected. */
  static final FrameworkWords JAKARTA_REST = new JakartaRestWords();

  /** The payload most cases return; in every compilation, so that each case shows only its bug. */
  private static final String PROJECT =
      """
      package com.example;

      public record Project(long id, String name) {}
      """;

  /** A type that another processor generates in the first round, see {@link #generator()}. */
  private static final String GENERATED_PAYLOAD =
      """
      package com.example;

      public record GeneratedPayload(long id, String summary) {}
      """;

  /** Each case's compilation, once: the tests below look at the same compilations. */
  private static final Map<String, Compilation> COMPILATIONS = new ConcurrentHashMap<>();

  /** Per case, the element kinds each error of its javac compilation was reported on. */
  private static final Map<String, Map<String, Set<String>>> ERROR_ELEMENT_KINDS =
      new ConcurrentHashMap<>();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheMisuseOnceOnTheOffendingLine(Case misuse) {
    Compilation compilation = misuse.compilation();
    String expected = misuse.message();

    assertOn(misuse, compilation).failed();
    assertOn(misuse, compilation).hadErrorCount(1);
    assertWithMessage(misuse.name).that(messages(compilation).get(0)).isEqualTo(expected);
    assertOn(misuse, compilation)
        .hadErrorContaining(expected)
        .inFile(misuse.file(compilation))
        .onLineContaining(misuse.line);
  }

  /** Eclipse's compiler gets the same one error, on the same line. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eclipsesCompilerReportsTheMisuseOnceOnTheSameLine(Case misuse) {
    Compilation compilation = misuse.ecjCompilation();
    String expected = misuse.message();

    assertOn(misuse, compilation).failed();
    assertOn(misuse, compilation).hadErrorCount(1);
    assertWithMessage(misuse.name).that(messages(compilation).get(0)).isEqualTo(expected);
    if (misuse.ecjHasNoPosition) {
      return;
    }
    assertOn(misuse, compilation)
        .hadErrorContaining(expected)
        .inFile(misuse.file(compilation))
        .onLineContaining(misuse.line);
  }

  @Test
  void everyDiagnosticButTheInternalErrorHasACase() {
    Set<Diagnostic> missing = EnumSet.complementOf(EnumSet.of(Diagnostic.INTERNAL_ERROR));
    cases().forEach(misuse -> missing.remove(misuse.diagnostic));
    assertEquals(Set.of(), missing, "diagnostics without a case");
  }

  @Test
  void corpusCoversTheCatalogWithAtLeastEightyMisuses() {
    List<Case> corpus = cases().toList();
    long covered = corpus.stream().map(misuse -> misuse.diagnostic).distinct().count();
    // Distinct as the issue reads it: no two cases test the same rule on the same kind of element.
    Set<String> ruleAndElementKinds = new TreeSet<>();
    Map<String, Set<String>> withoutElement = new TreeMap<>();
    for (Case misuse : corpus) {
      Set<String> kinds = misuse.errorElementKinds();
      if (kinds.isEmpty()) {
        withoutElement.put(misuse.name, kinds);
      }
      kinds.forEach(kind -> ruleAndElementKinds.add(misuse.diagnostic + " on a " + kind));
    }
    System.out.printf(
        Locale.ROOT,
        "Misuse corpus: %d cases, %d distinct rule and element-kind pairs, covering %d of the %d"
            + " errors in the catalog%n",
        corpus.size(),
        ruleAndElementKinds.size(),
        covered,
        Diagnostic.values().length);
    assertEquals(Map.of(), withoutElement, "cases whose error is on no element");
    assertWithMessage("distinct rule and element-kind pairs")
        .that(ruleAndElementKinds.size())
        .isAtLeast(80);
  }

  @Test
  void everyCaseHasItsOwnName() {
    // The compilations are kept by name.
    List<String> names = cases().map(misuse -> misuse.name).toList();
    assertWithMessage("case names").that(names).containsNoDuplicates();
  }

  @Test
  void noCaseFailsInsideTheProcessor() {
    String internal = prefixOf(Diagnostic.INTERNAL_ERROR);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    cases()
        .forEach(
            misuse -> {
              List<String> internalErrors =
                  misuse.compilation().diagnostics().stream()
                      .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                      .filter(message -> message.contains(internal))
                      .toList();
              if (!internalErrors.isEmpty()) {
                failures.put(misuse.name, internalErrors);
              }
            });
    assertEquals(Map.of(), failures, "cases that made the processor fail");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deferrals")
  void waitsForWhatAnotherProcessorGeneratesInTheFirstRound(Deferral deferral) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(source("com.example.Project", PROJECT));
    new TreeMap<>(deferral.sources()).forEach((name, text) -> sources.add(source(name, text)));
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new EnvelopeRecordsProcessor(),
                new EnvelopesProcessor(),
                new SourceGeneratingProcessor(1, deferral.generatedType(), deferral.generated()))
            .withOptions(OPTIONS)
            .compile(sources);

    assertWithMessage(deferral.name())
        .about(compilations())
        .that(compilation)
        .succeededWithoutWarnings();
    String written =
        compilation
            .generatedSourceFile(deferral.writtenType())
            .orElseThrow(() -> new AssertionError(deferral.writtenType() + " was not generated"))
            .getCharContent(true)
            .toString();
    assertWithMessage(deferral.writtenType()).that(written).contains(deferral.writtenText());
  }

  /**
   * Something the API mentions that another processor generates in the first round, so that it
   * exists only from the second: Envelopes must wait for it instead of failing or writing without
   * it.
   *
   * @param name what is generated
   * @param generatedType the type the other processor generates
   * @param generated its source
   * @param sources the user's sources besides {@code Project}, by qualified name
   * @param writtenType a type Envelopes writes once it has waited
   * @param writtenText what that type holds only if Envelopes saw the generated type
   */
  record Deferral(
      String name,
      String generatedType,
      String generated,
      Map<String, String> sources,
      String writtenType,
      String writtenText) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Deferral> deferrals() {
    return Stream.of(
        new Deferral(
            "generatedReturnType",
            "com.example.GeneratedPayload",
            GENERATED_PAYLOAD,
            Map.of(
                "com.example.ReportResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;
                import java.util.List;

                @Path("/reports")
                @Enveloped
                public class ReportResource {

                  @GET
                  @Path("{id}")
                  public GeneratedPayload get(@PathParam("id") long id) {
                    return new GeneratedPayload(id, "weekly");
                  }

                  @GET
                  public List<GeneratedPayload> list() {
                    return List.of();
                  }
                }
                """),
            "com.example.ReportResourceGetEnvelope",
            "GeneratedPayload data"),
        new Deferral(
            "generatedApiErrorThrownByAResource",
            "com.example.GeneratedConflict",
            """
            package com.example;

            import dev.envelopes.ApiError;

            @ApiError(status = 409)
            public class GeneratedConflict extends RuntimeException {

              private static final long serialVersionUID = 1L;
            }
            """,
            Map.of(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @POST
                      public long create(String name) throws GeneratedConflict {
                        return 1;
                      }
                    """)),
            "com.example.EnvelopesExceptionMapper",
            "exception instanceof GeneratedConflict"),
        new Deferral(
            "generatedExceptionInMapException",
            "com.example.GeneratedTimeout",
            """
            package com.example;

            public class GeneratedTimeout extends RuntimeException {

              private static final long serialVersionUID = 1L;
            }
            """,
            Map.of(
                "com.example.ShopApplication",
                shopApplication("@MapException(value = GeneratedTimeout.class, status = 503)"),
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """)),
            "com.example.EnvelopesExceptionMapper",
            "exception instanceof GeneratedTimeout"),
        new Deferral(
            "generatedConstantInPaginated",
            "com.example.Limits",
            """
            package com.example;

            public final class Limits {

              public static final int MAX_PAGE = 50;

              private Limits() {}
            }
            """,
            Map.of(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated(maxLimit = Limits.MAX_PAGE)
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("20") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """)),
            "com.example.ProjectResourceEnvelopes",
            "MAX_LIMIT = 50"));
  }

  @Test
  void leavesAConstantThatNeverAppearsToJavac() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
            .withOptions(OPTIONS)
            .compile(
                source("com.example.Project", PROJECT),
                source(
                    "com.example.ProjectResource",
                    projectResource(
                        """
                          @GET
                          @Paginated(maxLimit = Limits.MAX_PAGE)
                          public Page<Project> list(
                              @QueryParam("offset") long offset,
                              @QueryParam("limit") @DefaultValue("20") int limit) {
                            return new Page<>(List.of(), 0);
                          }
                        """)));

    // javac's "cannot find symbol" says it all; a value Envelopes cannot read is not its error.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(compilation.sourceFiles().get(1))
        .onLineContaining("Limits.MAX_PAGE");
  }

  /** Every misuse, each named by what it does. */
  static Stream<Case> cases() {
    return Stream.of(
        // Where @Enveloped may go.
        misuse("envelopedInterface", Diagnostic.ENVELOPED_ON_NON_CLASS, "ProjectApi")
            .source(
                "com.example.ProjectApi",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                @Enveloped
                public interface ProjectApi {

                  @GET
                  @Path("{id}")
                  Project get(@PathParam("id") long id);
                }
                """)
            .at("com.example.ProjectApi", "@Enveloped"),
        misuse("envelopedEnum", Diagnostic.ENVELOPED_ON_NON_CLASS, "StatusResource")
            .source(
                "com.example.StatusResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/status")
                @Enveloped
                public enum StatusResource {
                  INSTANCE;

                  @GET
                  public String get() {
                    return "up";
                  }
                }
                """)
            .at("com.example.StatusResource", "@Enveloped"),
        misuse("envelopedAnnotationType", Diagnostic.ENVELOPED_ON_NON_CLASS, "Audited")
            .source(
                "com.example.Audited",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.Path;

                @Path("/audited")
                @Enveloped
                public @interface Audited {}
                """)
            .at("com.example.Audited", "@Enveloped"),
        misuse("envelopedAbstractClass", Diagnostic.ENVELOPED_CLASS_ABSTRACT, "CrudResource")
            .source(
                "com.example.CrudResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/items")
                @Enveloped
                public abstract class CrudResource {

                  @GET
                  @Path("{id}")
                  public Project get(@PathParam("id") long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.CrudResource", "@Enveloped"),
        misuse("envelopedInnerClass", Diagnostic.ENVELOPED_INNER_CLASS, "Api.ProjectResource")
            .source(
                "com.example.Api",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                public class Api {

                  @Path("/projects")
                  @Enveloped
                  public class ProjectResource {

                    @GET
                    public Project get() {
                      return new Project(1, "Apollo");
                    }
                  }
                }
                """)
            .at("com.example.Api", "@Enveloped"),
        misuse("envelopedRecord", Diagnostic.ENVELOPED_ON_NON_CLASS, "VersionResource")
            .source(
                "com.example.VersionResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/version")
                @Enveloped
                public record VersionResource(String version) {

                  @GET
                  @Override
                  public String version() {
                    return version;
                  }
                }
                """)
            .at("com.example.VersionResource", "@Enveloped")
            .withoutPositionUnderEcj(),
        misuse(
                "envelopedClassWithoutPath",
                Diagnostic.ENVELOPED_CLASS_WITHOUT_PATH,
                "ProjectResource")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Enveloped
                public class ProjectResource {

                  @GET
                  @Path("/projects/{id}")
                  public Project get(@PathParam("id") long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "envelopedMethodInClassWithoutPath",
                Diagnostic.ENVELOPED_CLASS_WITHOUT_PATH,
                "ProjectResource")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                public class ProjectResource {

                  @GET
                  @Path("/projects/{id}")
                  @Enveloped
                  public Project get(@PathParam("id") long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "envelopedClassWithOnlyAHelperMethod",
                Diagnostic.ENVELOPED_CLASS_WITHOUT_RESOURCE_METHODS,
                "ProjectResource")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.Path;

                @Path("/projects")
                @Enveloped
                public class ProjectResource {

                  public Project describe(long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "envelopedPlainMethod",
                Diagnostic.ENVELOPED_METHOD_WITHOUT_HTTP_METHOD,
                "ProjectResource.describe")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                public class ProjectResource {

                  @GET
                  @Path("{id}")
                  public Project get(@PathParam("id") long id) {
                    return describe(id);
                  }

                  @Enveloped
                  public Project describe(long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "locatorReturningObject",
                Diagnostic.LOCATOR_RETURNS_NO_RESOURCE,
                "ProjectResource.tasks",
                "java.lang.Object")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
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

                  @Path("{id}/tasks")
                  public Object tasks(@PathParam("id") long id) {
                    return new TaskResource(id);
                  }
                }
                """)
            .source("com.example.TaskResource", TASK_RESOURCE)
            .at("com.example.ProjectResource", "public Object tasks"),

        misuse(
                "subResourceReturnedInTwoStyles",
                Diagnostic.SUB_RESOURCE_STYLES_DIFFER,
                "TaskResource",
                "ProjectResource.tasks",
                "the meta envelope",
                "ProjectResource.openTasks",
                "the status envelope")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                @Enveloped
                public class ProjectResource {

                  @Path("{id}/tasks")
                  public TaskResource tasks(@PathParam("id") long id) {
                    return new TaskResource(id);
                  }

                  @Path("{id}/open-tasks")
                  @EnvelopeStyle(Style.STATUS)
                  public TaskResource openTasks(@PathParam("id") long id) {
                    return new TaskResource(id);
                  }
                }
                """)
            .source("com.example.TaskResource", TASK_RESOURCE)
            .at("com.example.ProjectResource", "public TaskResource openTasks"),

        // What a resource method must be for Jakarta REST to call it.
        misuse(
                "packagePrivateResourceMethod",
                Diagnostic.RESOURCE_METHOD_NOT_PUBLIC,
                "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.ProjectResource", "Project get("),
        misuse("staticResourceMethod", Diagnostic.RESOURCE_METHOD_STATIC, "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public static Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.ProjectResource", "public static Project get("),
        misuse("genericResourceMethod", Diagnostic.RESOURCE_METHOD_GENERIC, "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      @SuppressWarnings("unchecked")
                      public <P extends Project> P get(@PathParam("id") long id) {
                        return (P) new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.ProjectResource", "public <P extends Project> P get("),
        misuse(
                "genericResourceMethodThrowingItsTypeParameter",
                Diagnostic.RESOURCE_METHOD_GENERIC,
                "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public <X extends Exception> Project get(@PathParam("id") long id) throws X {
                        return new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.ProjectResource", "public <X extends Exception> Project get("),
        misuse(
                "overloadedResourceMethods",
                Diagnostic.RESOURCE_METHOD_OVERLOADED,
                "ProjectResource",
                "find")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project find(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }

                      @GET
                      @Path("by-name/{name}")
                      public Project find(@PathParam("name") String name) {
                        return new Project(1, name);
                      }
                    """))
            .at("com.example.ProjectResource", "public Project find(@PathParam(\"name\")"),
        misuse(
                "resourceMethodAnsweringThroughAsyncResponse",
                Diagnostic.RESOURCE_METHOD_SUSPENDED,
                "ProjectResource.get",
                "AsyncResponse",
                "opt this method out with @Unenveloped")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public void get(
                          @PathParam("id") long id,
                          @Suspended AsyncResponse response) {
                        response.resume(new Project(id, "Apollo"));
                      }
                    """))
            .at("com.example.ProjectResource", "@Suspended AsyncResponse response"),
        misuse(
                "resourceMethodReturningResponse",
                Diagnostic.RETURNS_UNWRAPPABLE,
                "ProjectResource.get",
                "jakarta.ws.rs.core.Response",
                "opt this method out with @Unenveloped")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Response get(@PathParam("id") long id) {
                        return Response.ok(new Project(id, "Apollo")).build();
                      }
                    """))
            .at("com.example.ProjectResource", "public Response get("),
        misuse(
                "resourceMethodReturningFuture",
                Diagnostic.RETURNS_UNWRAPPABLE,
                "ProjectResource.get",
                "java.util.concurrent.Future<com.example.Project>",
                "opt this method out with @Unenveloped")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public java.util.concurrent.Future<Project> get(@PathParam("id") long id) {
                        return CompletableFuture.completedFuture(new Project(id, "Apollo"));
                      }
                    """))
            .at("com.example.ProjectResource", "public java.util.concurrent.Future<Project> get("),
        misuse(
                "envelopedMethodReturningRawCompletionStage",
                Diagnostic.RETURNS_UNWRAPPABLE,
                "ProjectResource.get",
                "java.util.concurrent.CompletionStage",
                "remove @Enveloped from this method")
            .source(
                "com.example.ProjectResource",
                projectResource(
                        """
                          @GET
                          @Path("{id}")
                          @Enveloped
                          @SuppressWarnings("rawtypes")
                          public CompletionStage get(@PathParam("id") long id) {
                            return CompletableFuture.completedFuture(new Project(id, "Apollo"));
                          }
                        """)
                    .replace("@Enveloped\npublic class", "public class"))
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "resourceMethodProducingPlainText",
                Diagnostic.PRODUCES_NOT_JSON,
                "ProjectResource.name",
                "text/plain",
                "opt this method out with @Unenveloped")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}/name")
                      @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.TEXT_PLAIN)
                      public String name(@PathParam("id") long id) {
                        return "Apollo";
                      }
                    """))
            .at("com.example.ProjectResource", "@jakarta.ws.rs.Produces("),
        misuse(
                "envelopedClassProducingCsvForTwoMethods",
                Diagnostic.PRODUCES_NOT_JSON,
                "ProjectResource.get",
                "text/csv",
                "opt this method out with @Unenveloped")
            .source(
                "com.example.ProjectResource",
                projectResource(
                        """
                          @GET
                          @Path("{id}")
                          public Project get(@PathParam("id") long id) {
                            return new Project(id, "Apollo");
                          }

                          @GET
                          public List<Project> all() {
                            return List.of();
                          }
                        """)
                    .replace(
                        "@Enveloped\npublic class",
                        "@Enveloped\n@jakarta.ws.rs.Produces({\"application/json\", \"text/csv\"})\n"
                            + "public class"))
            .at("com.example.ProjectResource", "@jakarta.ws.rs.Produces("),
        misuse(
                "unenvelopedBesideEnveloped",
                Diagnostic.UNENVELOPED_BESIDE_ENVELOPED,
                "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      @Enveloped
                      @dev.envelopes.Unenveloped
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }

                      @GET
                      public List<Project> all() {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@dev.envelopes.Unenveloped"),
        misuse(
                "unenvelopedInClassThatIsNotEnveloped",
                Diagnostic.UNENVELOPED_OPTS_OUT_OF_NOTHING,
                "ProjectResource.health")
            .source(
                "com.example.ProjectResource",
                projectResource(
                        """
                          @GET
                          @Path("{id}")
                          @Enveloped
                          public Project get(@PathParam("id") long id) {
                            return new Project(id, "Apollo");
                          }

                          @GET
                          @Path("health")
                          @dev.envelopes.Unenveloped
                          public String health() {
                            return "ok";
                          }
                        """)
                    .replace("@Enveloped\npublic class", "public class"))
            .at("com.example.ProjectResource", "@dev.envelopes.Unenveloped"),
        misuse(
                "paginatedMethodOptedOut",
                Diagnostic.PAGINATED_OPTED_OUT,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }

                      @GET
                      @Paginated(maxLimit = 50)
                      @dev.envelopes.Unenveloped
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated(maxLimit = 50)"),
        misuse(
                "resourceMethodReturningTheClassTypeVariable",
                Diagnostic.RETURNS_TYPE_VARIABLE,
                "ItemResource.list",
                "java.util.List<T>")
            .source(
                "com.example.ItemResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import java.util.ArrayList;
                import java.util.List;

                @Path("/items")
                @Enveloped
                public class ItemResource<T> {

                  private final List<T> items = new ArrayList<>();

                  @GET
                  public List<T> list() {
                    return items;
                  }
                }
                """)
            .at("com.example.ItemResource", "public List<T> list()"),
        misuse(
                "patchMethodReturningTheModifiedProject",
                Diagnostic.PATCH_RETURNS_DATA,
                "ProjectResource.rename",
                "com.example.Project")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @PATCH
                      @Path("{id}")
                      public Project rename(@PathParam("id") long id, String name) {
                        return new Project(id, name);
                      }
                    """))
            .at("com.example.ProjectResource", "public Project rename("),

        // Paging.
        misuse(
                "pageReturnedWithoutPaginated",
                Diagnostic.PAGE_WITHOUT_PAGINATED,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "public Page<Project> list("),
        misuse("rawPage", Diagnostic.RAW_PAGE, "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "public Page list("),
        misuse(
                "paginatedMethodOfAClassThatIsNotEnveloped",
                Diagnostic.PAGINATED_NOT_ENVELOPED,
                "com.example.ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Page;
                import dev.envelopes.Paginated;
                import jakarta.ws.rs.DefaultValue;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.QueryParam;
                import java.util.List;

                @Path("/projects")
                public class ProjectResource {

                  @GET
                  @Paginated
                  public Page<Project> list(
                      @QueryParam("offset") long offset,
                      @QueryParam("limit") @DefaultValue("25") int limit) {
                    return new Page<>(List.of(), 0);
                  }
                }
                """)
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "paginatedPostMethod",
                Diagnostic.PAGINATED_NOT_GET,
                "ProjectResource.search",
                "POST")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @POST
                      @Path("search")
                      @Paginated
                      public Page<Project> search(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit,
                          String query) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "paginatedMethodReturningAList",
                Diagnostic.PAGINATED_RETURNS_NO_PAGE,
                "ProjectResource.list",
                "java.util.List<com.example.Project>")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public List<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "paginatedWithMaxLimitZero",
                Diagnostic.PAGINATED_MAX_LIMIT_TOO_SMALL,
                0,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated(
                          maxLimit = 0)
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "maxLimit = 0"),
        misuse(
                "paginatedWithNegativeMaxOffset",
                Diagnostic.PAGINATED_MAX_OFFSET_NEGATIVE,
                -1L,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated(
                          maxOffset = -1)
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "maxOffset = -1"),
        misuse(
                "barePaginatedWithMaxOffset",
                Diagnostic.PAGINATED_MAX_OFFSET_WITHOUT_OFFSET,
                "ProjectResource.list",
                "the bare style")
            .source(
                "com.example.ProjectResource",
                bareProjectResource(
                    """
                      @GET
                      @Paginated(
                          maxOffset = 1000)
                      public Page<Project> list(
                          @QueryParam("cursor") @DefaultValue("") Cursor cursor,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "maxOffset = 1000"),
        misuse(
                "paginatedMethodWithoutOffsetParameter",
                Diagnostic.PAGING_PARAMETER_MISSING,
                "ProjectResource.list",
                "offset",
                "@QueryParam(\"offset\") long offset")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("page") long page,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "paginatedMethodWithoutLimitParameter",
                Diagnostic.PAGING_PARAMETER_MISSING,
                "ProjectResource.list",
                "limit",
                "@QueryParam(\"limit\") @DefaultValue(\"25\") int limit")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("size") @DefaultValue("25") int size) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "pagingOffsetAsString",
                Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
                "offset",
                "ProjectResource.list",
                "java.lang.String")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") String offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"offset\") String offset"),
        misuse(
                "pagingLimitAsBoxedInteger",
                Diagnostic.PAGING_PARAMETER_NOT_INTEGRAL,
                "limit",
                "ProjectResource.list",
                "java.lang.Integer")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") Integer limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "Integer limit"),
        misuse(
                "barePaginatedMethodWithOffsetInsteadOfCursor",
                Diagnostic.PAGING_PARAMETER_MISSING,
                "ProjectResource.list",
                "cursor",
                "@QueryParam(\"cursor\") @DefaultValue(\"\") Cursor cursor")
            .source(
                "com.example.ProjectResource",
                bareProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "barePagingCursorAsString",
                Diagnostic.PAGING_CURSOR_NOT_CURSOR,
                "ProjectResource.list",
                "java.lang.String")
            .source(
                "com.example.ProjectResource",
                bareProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("cursor") @DefaultValue("") String cursor,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at(
                "com.example.ProjectResource",
                "@QueryParam(\"cursor\") @DefaultValue(\"\") String"),
        misuse(
                "vendorPagingCursorAsNumber",
                Diagnostic.PAGING_CURSOR_NOT_CURSOR,
                "ProjectResource.list",
                "long")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("cursor") long cursor,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"cursor\") long cursor"),
        misuse(
                "barePagingCursorWithoutEmptyDefault",
                Diagnostic.PAGING_CURSOR_WITHOUT_EMPTY_DEFAULT,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                bareProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("cursor") Cursor cursor,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"cursor\") Cursor cursor"),
        misuse(
                "barePagingLimitDefaultAboveMaxLimit",
                Diagnostic.PAGING_LIMIT_DEFAULT_OUT_OF_RANGE,
                "60",
                "limit",
                "ProjectResource.list",
                50)
            .source(
                "com.example.ProjectResource",
                bareProjectResource(
                    """
                      @GET
                      @Paginated(maxLimit = 50)
                      public Page<Project> list(
                          @QueryParam("cursor") @DefaultValue("") Cursor cursor,
                          @QueryParam("limit") @DefaultValue("60") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"limit\") @DefaultValue(\"60\") int"),
        misuse(
                "statusPaginatedMethodWithOffsetInsteadOfPage",
                Diagnostic.PAGING_PARAMETER_MISSING,
                "ProjectResource.list",
                "page",
                "@QueryParam(\"page\") @DefaultValue(\"1\") long page")
            .source(
                "com.example.ProjectResource",
                statusProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("per_page") @DefaultValue("25") int perPage) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "statusPagingPageDefaultNotOne",
                Diagnostic.PAGING_PAGE_DEFAULT_NOT_ONE,
                "0",
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                statusProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("page") @DefaultValue("0") long page,
                          @QueryParam("per_page") @DefaultValue("25") int perPage) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"page\") @DefaultValue(\"0\") long"),
        misuse(
                "statusPagingPerPageWithoutDefaultValue",
                Diagnostic.PAGING_LIMIT_WITHOUT_DEFAULT,
                "per_page",
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                statusProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("page") long page,
                          @QueryParam("per_page") int perPage) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"per_page\") int perPage"),
        misuse(
                "vendorStyleWithoutVendorConvention",
                Diagnostic.VENDOR_CONVENTION_MISSING,
                "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.ProjectResource", "public Project get"),
        misuse("vendorNameWithCapitals", Diagnostic.VENDOR_NAME_MALFORMED, "Flow")
            .source(
                "com.example.ShopApplication",
                flowApplication("\"Flow\"", "2", "\"https://example.com/errors\""))
            .source("com.example.ProjectResource", vendorProjectResource(VENDOR_GET))
            .at("com.example.ShopApplication", "vendor = \"Flow\""),
        misuse("vendorVersionZero", Diagnostic.VENDOR_VERSION_TOO_SMALL, 0)
            .source(
                "com.example.ShopApplication",
                flowApplication("\"flow\"", "0", "\"https://example.com/errors\""))
            .source("com.example.ProjectResource", vendorProjectResource(VENDOR_GET))
            .at("com.example.ShopApplication", "version = 0"),
        misuse(
                "vendorErrorDocumentationNotAUrl",
                Diagnostic.VENDOR_DOCUMENTATION_NOT_URL,
                "docs/errors")
            .source(
                "com.example.ShopApplication", flowApplication("\"flow\"", "2", "\"docs/errors\""))
            .source("com.example.ProjectResource", vendorProjectResource(VENDOR_GET))
            .at("com.example.ShopApplication", "errorDocumentation = \"docs/errors\""),
        misuse(
                "viewsOnAMetaMethod",
                Diagnostic.VENDOR_DECLARATION_OUTSIDE_VENDOR,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @dev.envelopes.Views({"recent"})
                      public List<Project> list(@QueryParam("view") String view) {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@dev.envelopes.Views"),
        misuse("relatedFromAMetaMethod", Diagnostic.RELATED_OUTSIDE_VENDOR, "ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public dev.envelopes.Related<Project> get(@PathParam("id") long id) {
                        return dev.envelopes.Related.of(new Project(id, "Apollo"));
                      }
                    """))
            .at("com.example.ProjectResource", "public dev.envelopes.Related<Project> get"),
        misuse(
                "vendorViewNamedDefault",
                Diagnostic.VIEW_NAME_INVALID,
                "default",
                "ProjectResource.list")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Views({"default"})
                      public List<Project> list(@QueryParam("view") String view) {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@Views"),
        misuse(
                "vendorViewsWithoutViewParameter",
                Diagnostic.VIEWS_PARAMETER_MISSING,
                "ProjectResource.list")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Views({"recent"})
                      public List<Project> list() {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@Views"),
        misuse(
                "vendorIncludeNamedData",
                Diagnostic.INCLUDE_NAME_INVALID,
                "data",
                "ProjectResource.list")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Include(name = "data", type = Project.class)
                      public Related<List<Project>> list() {
                        return Related.of(List.of());
                      }
                    """))
            .at("com.example.ProjectResource", "name = \"data\""),
        misuse(
                "vendorIncludeWithoutRelated",
                Diagnostic.INCLUDE_WITHOUT_RELATED,
                "ProjectResource.list",
                "java.util.List<com.example.Project>")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Include(name = "owners", type = Project.class)
                      public List<Project> list() {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@Include"),
        misuse(
                "vendorRelatedWithoutInclude",
                Diagnostic.RELATED_WITHOUT_INCLUDE,
                "ProjectResource.list")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      public Related<List<Project>> list() {
                        return Related.of(List.of());
                      }
                    """))
            .at("com.example.ProjectResource", "public Related<List<Project>> list"),
        misuse(
                "vendorPaginatedMethodWithOffsetInsteadOfCursor",
                Diagnostic.PAGING_PARAMETER_MISSING,
                "ProjectResource.list",
                "cursor",
                "@QueryParam(\"cursor\") @DefaultValue(\"\") Cursor cursor")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@Paginated"),
        misuse(
                "styleOnAClassWithoutEnvelopedMethods",
                Diagnostic.STYLE_CHOOSES_NOTHING,
                "com.example.AuditResource")
            .source(
                "com.example.AuditResource",
                """
                package com.example;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/audit")
                @EnvelopeStyle(Style.BARE)
                public class AuditResource {

                  @GET
                  public String latest() {
                    return "none";
                  }
                }
                """)
            .at("com.example.AuditResource", "@EnvelopeStyle"),
        misuse(
                "styleOnAMethodThatIsNotEnveloped",
                Diagnostic.STYLE_CHOOSES_NOTHING,
                "com.example.AuditResource.latest")
            .source(
                "com.example.AuditResource",
                """
                package com.example;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/audit")
                public class AuditResource {

                  @GET
                  @Enveloped
                  public String first() {
                    return "none";
                  }

                  @GET
                  @Path("latest")
                  @EnvelopeStyle(Style.BARE)
                  public String latest() {
                    return "none";
                  }
                }
                """)
            .at("com.example.AuditResource", "@EnvelopeStyle"),
        misuse(
                "styleOnAPackageWithoutResources",
                Diagnostic.STYLE_CHOOSES_NOTHING,
                "com.example.audit")
            .source(
                "com.example.audit.package-info",
                """
                @EnvelopeStyle(Style.BARE)
                package com.example.audit;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Style;
                """)
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .at("com.example.audit.package-info", "@EnvelopeStyle")
            .withoutPositionUnderEcj(),
        misuse("styleOnAPayloadRecord", Diagnostic.STYLE_CHOOSES_NOTHING, "com.example.Summary")
            .source(
                "com.example.Summary",
                """
                package com.example;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Style;

                @EnvelopeStyle(Style.BARE)
                public record Summary(long id, String name) {}
                """)
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Summary get(@PathParam("id") long id) {
                        return new Summary(id, "Apollo");
                      }
                    """))
            .at("com.example.Summary", "@EnvelopeStyle")
            .withoutPositionUnderEcj(),
        misuse("envelopedMethodsOfAnInterface", Diagnostic.ENVELOPED_ON_NON_CLASS, "ProjectApi")
            .source(
                "com.example.ProjectApi",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                public interface ProjectApi {

                  @GET
                  @Path("{id}")
                  @Enveloped
                  Project get(@PathParam("id") long id);
                }
                """)
            .at("com.example.ProjectApi", "@Enveloped"),
        misuse(
                "payloadIsAPrivateNestedRecord",
                Diagnostic.PAYLOAD_HIDDEN_FROM_ENVELOPE,
                "ProjectResource.summary",
                "com.example.ProjectResource.Summary",
                "com.example.ProjectResource.Summary",
                "private")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}/summary")
                      public Summary summary(@PathParam("id") long id) {
                        return new Summary(id);
                      }

                      private record Summary(long id) {}
                    """))
            .at("com.example.ProjectResource", "public Summary summary("),
        misuse(
                "pagingParameterBoundTwice",
                Diagnostic.PAGING_PARAMETER_TWICE,
                "ProjectResource.list",
                "limit",
                2)
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated(maxLimit = 100)
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("20") int limit,
                          @QueryParam("limit") @DefaultValue("20") int pageSize) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "int pageSize"),
        misuse(
                "styleOnAnInterfaceNobodyEnvelopes",
                Diagnostic.STYLE_CHOOSES_NOTHING,
                "com.example.Audits")
            .source(
                "com.example.Audits",
                """
                package com.example;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;

                @EnvelopeStyle(Style.STATUS)
                public interface Audits {

                  @GET
                  String latest();
                }
                """)
            .at("com.example.Audits", "@EnvelopeStyle"),
        misuse(
                "includeOnAMetaMethod",
                Diagnostic.VENDOR_DECLARATION_OUTSIDE_VENDOR,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @dev.envelopes.Include(name = "owners", type = Project.class)
                      public List<Project> list() {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@dev.envelopes.Include"),
        misuse(
                "resourceMethodWithTwoBodies",
                Diagnostic.RESOURCE_METHOD_TWO_BODIES,
                "ProjectResource.create")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @POST
                      public long create(Project project, Project copy) {
                        return project.id();
                      }
                    """))
            .at("com.example.ProjectResource", "Project copy"),
        misuse(
                "vendorViewsOnAPost",
                Diagnostic.VENDOR_QUERY_DECLARATION_NOT_ON_GET,
                "ProjectResource.create",
                "POST")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @POST
                      @Views({"recent"})
                      public long create(@QueryParam("view") String view, Project project) {
                        return project.id();
                      }
                    """))
            .at("com.example.ProjectResource", "@Views"),
        misuse(
                "vendorIncludeOnAPut",
                Diagnostic.VENDOR_QUERY_DECLARATION_NOT_ON_GET,
                "ProjectResource.replace",
                "PUT")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @jakarta.ws.rs.PUT
                      @Include(name = "owners", type = Project.class)
                      public Related<Project> replace(Project project) {
                        return Related.of(project);
                      }
                    """))
            .at("com.example.ProjectResource", "@Include"),
        misuse(
                "vendorIncludeOfAPrimitive",
                Diagnostic.INCLUDE_TYPE_NOT_A_RECORD_TYPE,
                "counts",
                "ProjectResource.list",
                "int")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Include(name = "counts", type = int.class)
                      public Related<List<Project>> list() {
                        return Related.of(List.of());
                      }
                    """))
            .at("com.example.ProjectResource", "type = int.class"),
        misuse(
                "cursorInAMetaMethod",
                Diagnostic.CURSOR_WITHOUT_CURSOR_PAGING,
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      public List<Project> list(
                          @QueryParam("cursor") @DefaultValue("") dev.envelopes.Cursor cursor) {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "dev.envelopes.Cursor cursor"),
        misuse(
                "cursorInAResourceThatIsNotEnveloped",
                Diagnostic.CURSOR_UNCHECKED,
                "AuditResource.list",
                "@QueryParam(\"cursor\")")
            // Envelopes sees the sources of a compilation that uses it: here, one enveloped
            // resource beside the one that is not.
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      public String get() {
                        return "p";
                      }
                    """))
            .source(
                "com.example.AuditResource",
                """
                package com.example;

                import dev.envelopes.Cursor;
                import jakarta.ws.rs.DefaultValue;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.QueryParam;
                import java.util.List;

                @Path("/audit")
                public class AuditResource {
                  @GET
                  public List<String> list(@QueryParam("cursor") @DefaultValue("") Cursor cursor) {
                    return List.of();
                  }
                }
                """)
            .at("com.example.AuditResource", "@DefaultValue(\"\") Cursor cursor"),
        misuse(
                "vendorViewDefaultNotOffered",
                Diagnostic.VIEW_DEFAULT_NOT_OFFERED,
                "all",
                "ProjectResource.list")
            .source("com.example.ShopApplication", validFlowApplication())
            .source(
                "com.example.ProjectResource",
                vendorProjectResource(
                    """
                      @GET
                      @Views({"recent"})
                      public List<Project> list(@QueryParam("view") @DefaultValue("all") String view) {
                        return List.of();
                      }
                    """))
            .at("com.example.ProjectResource", "@DefaultValue(\"all\") String view"),
        misuse(
                "pagingLimitWithoutDefaultValue",
                Diagnostic.PAGING_LIMIT_WITHOUT_DEFAULT,
                "limit",
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@QueryParam(\"limit\") int limit"),
        misuse(
                "pagingLimitDefaultAboveMaxLimit",
                Diagnostic.PAGING_LIMIT_DEFAULT_OUT_OF_RANGE,
                "500",
                "limit",
                "ProjectResource.list",
                100)
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated(maxLimit = 100)
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("500") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@DefaultValue(\"500\") int limit"),
        misuse(
                "pagingLimitDefaultNotANumber",
                Diagnostic.PAGING_LIMIT_DEFAULT_OUT_OF_RANGE,
                "all",
                "limit",
                "ProjectResource.list",
                300)
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") long offset,
                          @QueryParam("limit") @DefaultValue("all") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@DefaultValue(\"all\") int limit"),
        misuse(
                "pagingOffsetDefaultNotZero",
                Diagnostic.PAGING_OFFSET_DEFAULT_NOT_ZERO,
                "1",
                "offset",
                "ProjectResource.list")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Paginated
                      public Page<Project> list(
                          @QueryParam("offset") @DefaultValue("1") long offset,
                          @QueryParam("limit") @DefaultValue("25") int limit) {
                        return new Page<>(List.of(), 0);
                      }
                    """))
            .at("com.example.ProjectResource", "@DefaultValue(\"1\") long offset"),

        // Error declarations.
        misuse("apiErrorOnARecord", Diagnostic.API_ERROR_NOT_THROWABLE, "ProjectNotFound")
            .source(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(status = 404)
                public record ProjectNotFound(long id) {}
                """)
            .at("com.example.ProjectNotFound", "@ApiError")
            .withoutPositionUnderEcj(),
        misuse("apiErrorOnAnInterface", Diagnostic.API_ERROR_NOT_THROWABLE, "ProjectNotFound")
            .source(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(status = 404)
                public interface ProjectNotFound {}
                """)
            .at("com.example.ProjectNotFound", "@ApiError"),
        misuse(
                "apiErrorOnAPrivateNestedException",
                Diagnostic.ERROR_CLASS_HIDDEN_FROM_MAPPER,
                "com.example.ProjectResource.Locked",
                "private",
                "package com.example")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        throw new Locked();
                      }

                      @dev.envelopes.ApiError(status = 423)
                      private static final class Locked extends RuntimeException {
                        private static final long serialVersionUID = 1L;
                      }
                    """))
            .at("com.example.ProjectResource", "@dev.envelopes.ApiError"),
        misuse("apiErrorOnAPlainClass", Diagnostic.API_ERROR_NOT_THROWABLE, "ProjectNotFound")
            .source(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(status = 404)
                public class ProjectNotFound {}
                """)
            .at("com.example.ProjectNotFound", "@ApiError"),
        misuse(
                "responseCodeOnAConstantsInterface",
                Diagnostic.DECLARATION_OFF_API_TYPE,
                "ResponseCode",
                "com.example.Codes",
                "com.example.Codes")
            .source(
                "com.example.Codes",
                """
                package com.example;

                import dev.envelopes.ResponseCode;

                @ResponseCode(status = 200, code = 1000, message = "Request OK")
                public interface Codes {}
                """)
            .at("com.example.Codes", "@ResponseCode"),
        misuse("apiErrorOnAnEnum", Diagnostic.API_ERROR_NOT_THROWABLE, "ProjectNotFound")
            .source(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(status = 404)
                public enum ProjectNotFound { MISSING }
                """)
            .at("com.example.ProjectNotFound", "@ApiError"),
        misuse(
                "apiErrorWithASuccessStatus",
                Diagnostic.ERROR_STATUS_OUT_OF_RANGE,
                "@ApiError",
                200,
                "ProjectNotFound")
            .source(
                "com.example.ProjectNotFound",
                """
                package com.example;

                import dev.envelopes.ApiError;

                @ApiError(
                    detail = "No project has this id.",
                    status = 200)
                public class ProjectNotFound extends RuntimeException {

                  private static final long serialVersionUID = 1L;
                }
                """)
            .at("com.example.ProjectNotFound", "status = 200"),
        misuse(
                "mapExceptionWithASuccessStatus",
                Diagnostic.ERROR_STATUS_OUT_OF_RANGE,
                "@MapException",
                200,
                "IllegalStateException")
            .source(
                "com.example.ShopApplication",
                """
                package com.example;

                import dev.envelopes.EnvelopeApi;
                import dev.envelopes.MapException;
                import jakarta.ws.rs.core.Application;

                @EnvelopeApi
                @MapException(
                    value = IllegalStateException.class,
                    status = 200,
                    detail = "The shop is closed.")
                public class ShopApplication extends Application {}
                """)
            .at("com.example.ShopApplication", "status = 200"),
        misuse("mapExceptionNegativeCode", Diagnostic.CODE_NEGATIVE, "@MapException", -503)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@MapException(\n"
                        + "    value = IllegalStateException.class,\n"
                        + "    status = 503,\n"
                        + "    code = -503,\n"
                        + "    message = \"Closed\")"))
            .at("com.example.ShopApplication", "code = -503"),
        misuse(
                "mapExceptionCodeWithoutMessage",
                Diagnostic.ERROR_CODE_WITHOUT_MESSAGE,
                "@MapException",
                "IllegalStateException",
                1503)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@MapException(\n"
                        + "    value = IllegalStateException.class,\n"
                        + "    status = 503,\n"
                        + "    code = 1503)"))
            .at("com.example.ShopApplication", "code = 1503"),
        misuse(
                "mapExceptionMessageWithoutCode",
                Diagnostic.ERROR_MESSAGE_WITHOUT_CODE,
                "@MapException",
                "IllegalStateException")
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@MapException(\n"
                        + "    value = IllegalStateException.class,\n"
                        + "    status = 503,\n"
                        + "    message = \"Closed\")"))
            .at("com.example.ShopApplication", "message = \"Closed\""),
        misuse(
                "mapExceptionMalformedErrorCode",
                Diagnostic.ERROR_CODE_MALFORMED,
                "@MapException",
                "IllegalStateException",
                "shop closed")
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@MapException(\n"
                        + "    value = IllegalStateException.class,\n"
                        + "    status = 503,\n"
                        + "    errorCode = \"shop closed\")"))
            .at("com.example.ShopApplication", "errorCode = \"shop closed\""),
        misuse("mapExceptionOfEveryException", Diagnostic.MAP_EXCEPTION_CATCHES_ALL, "Exception")
            .source(
                "com.example.ShopApplication",
                shopApplication("@MapException(\n    value = Exception.class,\n    status = 400)"))
            .at("com.example.ShopApplication", "value = Exception.class"),
        misuse(
                "apiErrorCodeWithoutMessage",
                Diagnostic.ERROR_CODE_WITHOUT_MESSAGE,
                "@ApiError",
                "DuplicateProjectName",
                1101)
            .source(
                "com.example.DuplicateProjectName",
                apiError("DuplicateProjectName", "status = 409,\n    code = 1101"))
            .at("com.example.DuplicateProjectName", "code = 1101"),
        misuse(
                "apiErrorMessageWithoutCode",
                Diagnostic.ERROR_MESSAGE_WITHOUT_CODE,
                "@ApiError",
                "DuplicateProjectName")
            .source(
                "com.example.DuplicateProjectName",
                apiError("DuplicateProjectName", "status = 409,\n    message = \"Name taken\""))
            .at("com.example.DuplicateProjectName", "message = \"Name taken\""),
        misuse(
                "apiErrorMalformedErrorCode",
                Diagnostic.ERROR_CODE_MALFORMED,
                "@ApiError",
                "DuplicateProjectName",
                "name-taken")
            .source(
                "com.example.DuplicateProjectName",
                apiError("DuplicateProjectName", "status = 409,\n    errorCode = \"name-taken\""))
            .at("com.example.DuplicateProjectName", "errorCode = \"name-taken\""),
        misuse("apiErrorNegativeCode", Diagnostic.CODE_NEGATIVE, "@ApiError", -1101)
            .source(
                "com.example.DuplicateProjectName",
                apiError(
                    "DuplicateProjectName",
                    "status = 409,\n    code = -1101,\n    message = \"Name taken\""))
            .at("com.example.DuplicateProjectName", "code = -1101"),
        misuse("responseCodeNegativeCode", Diagnostic.CODE_NEGATIVE, "@ResponseCode", -602)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@ResponseCode(status = 200, code = -602, message = \"Request OK\")"))
            .at("com.example.ShopApplication", "code = -602"),
        misuse(
                "apiErrorCodeWithAnotherMessageThanItsResponseCode",
                Diagnostic.CODE_WITH_TWO_MESSAGES,
                704,
                "Resource not found",
                "Project not found")
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@ResponseCode(status = 404, code = 704, message = \"Resource not found\")"))
            .source(
                "com.example.ProjectNotFound",
                apiError(
                    "ProjectNotFound",
                    "status = 404,\n    code = 704,\n    message = \"Project not found\""))
            .at("com.example.ProjectNotFound", "message = \"Project not found\""),
        misuse(
                "twoApiErrorsWithOneCodeAndTwoMessages",
                Diagnostic.CODE_WITH_TWO_MESSAGES,
                1105,
                "Project name taken",
                "Task name taken")
            .source(
                "com.example.DuplicateProjectName",
                apiError(
                    "DuplicateProjectName",
                    "status = 409,\n    code = 1105,\n    message = \"Project name taken\""))
            .source(
                "com.example.DuplicateTaskName",
                apiError(
                    "DuplicateTaskName",
                    "status = 409,\n    code = 1105,\n    message = \"Task name taken\""))
            .at("com.example.DuplicateTaskName", "message = \"Task name taken\""),
        misuse(
                "exceptionMappedTwice",
                Diagnostic.EXCEPTION_DECLARED_TWICE,
                "IllegalStateException",
                "@MapException",
                "@MapException")
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@MapException(value = IllegalStateException.class, status = 503)\n"
                        + "@MapException(value = IllegalStateException.class, status = 500)"))
            // On the second, the duplicate, under both compilers.
            .at("com.example.ShopApplication", "status = 500"),
        misuse(
                "exceptionWithApiErrorAlsoMapped",
                Diagnostic.EXCEPTION_DECLARED_TWICE,
                "ProjectNotFound",
                "@MapException",
                "@ApiError")
            .source(
                "com.example.ShopApplication",
                shopApplication("@MapException(value = ProjectNotFound.class, status = 404)"))
            .source("com.example.ProjectNotFound", apiError("ProjectNotFound", "status = 404"))
            .at("com.example.ProjectNotFound", "@ApiError"),

        // The API type and its code table.
        misuse(
                "responseCodeOnAnApplicationWithoutEnvelopeApi",
                Diagnostic.DECLARATION_OFF_API_TYPE,
                "ResponseCode",
                "com.example.ShopApplication",
                "com.example.ShopApplication")
            .source(
                "com.example.ShopApplication",
                """
                package com.example;

                import dev.envelopes.ResponseCode;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;

                @ApplicationPath("/api")
                @ResponseCode(status = 200, code = 602, message = "Request OK")
                public class ShopApplication extends Application {}
                """)
            .at("com.example.ShopApplication", "@ResponseCode"),
        misuse(
                "mapExceptionOnAResource",
                Diagnostic.DECLARATION_OFF_API_TYPE,
                "MapException",
                "com.example.ProjectResource",
                "com.example.ProjectResource")
            .source("com.example.ShopApplication", shopApplication(""))
            .source(
                "com.example.ProjectResource",
                """
                package com.example;

                import dev.envelopes.Enveloped;
                import dev.envelopes.MapException;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                @Enveloped
                @MapException(value = IllegalArgumentException.class, status = 400)
                public class ProjectResource {

                  @GET
                  @Path("{id}")
                  public Project get(@PathParam("id") long id) {
                    return new Project(id, "Apollo");
                  }
                }
                """)
            .at("com.example.ProjectResource", "@MapException"),
        misuse(
                "twoEnvelopeApiTypes",
                Diagnostic.TWO_API_TYPES,
                "com.example.ShopApplication",
                "com.example.ShopCodes")
            .source("com.example.ShopApplication", shopApplication(""))
            .source(
                "com.example.ShopCodes",
                """
                package com.example;

                import dev.envelopes.EnvelopeApi;

                /** The API's codes. */
                @EnvelopeApi
                public final class ShopCodes {

                  private ShopCodes() {}
                }
                """)
            .at("com.example.ShopCodes", "@EnvelopeApi"),
        misuse("responseCodeStatusOutOfRange", Diagnostic.RESPONSE_CODE_STATUS_OUT_OF_RANGE, 2000)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@ResponseCode(\n"
                        + "    status = 2000,\n"
                        + "    code = 602,\n"
                        + "    message = \"Request OK\")"))
            .at("com.example.ShopApplication", "status = 2000"),
        misuse("responseCodeStatusTwiceInItsContainer", Diagnostic.RESPONSE_CODE_STATUS_TWICE, 404)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    """
                    @ResponseCodes({
                      @ResponseCode(status = 200, code = 602, message = "Request OK"),
                      @ResponseCode(status = 404, code = 704, message = "Resource not found"),
                      @ResponseCode(status = 404, code = 705, message = "No such project")
                    })\
                    """))
            .at("com.example.ShopApplication", "code = 705"),
        misuse("responseCodeStatusTwiceRepeated", Diagnostic.RESPONSE_CODE_STATUS_TWICE, 404)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    """
                    @ResponseCode(status = 200, code = 602, message = "Request OK")
                    @ResponseCode(status = 404, code = 704, message = "Resource not found")
                    @ResponseCode(status = 404, code = 705, message = "No such project")\
                    """))
            // On the second row for 404, the duplicate, under both compilers, although javac wraps
            // repeated annotations in a container that has no place in the source.
            .at("com.example.ShopApplication", "@ResponseCode(status = 404, code = 705"),
        misuse(
                "responseCodeRepeatedWithStatusOutOfRange",
                Diagnostic.RESPONSE_CODE_STATUS_OUT_OF_RANGE,
                4040)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    """
                    @ResponseCode(status = 200, code = 602, message = "Request OK")
                    @ResponseCode(
                        status = 4040,
                        code = 704,
                        message = "Resource not found")\
                    """))
            // The value, in the second of two repeated annotations, under both compilers.
            .at("com.example.ShopApplication", "status = 4040"),
        misuse("responseCodeEmptyMessage", Diagnostic.RESPONSE_CODE_EMPTY_MESSAGE, 200, 602)
            .source(
                "com.example.ShopApplication",
                shopApplication(
                    "@ResponseCode(\n    status = 200,\n    code = 602,\n    message = \" \")"))
            .at("com.example.ShopApplication", "message = \" \""),
        misuse(
                "resourcesInPackagesWithoutACommonParent",
                Diagnostic.NO_API_PACKAGE,
                "com.shop.orders",
                "org.billing")
            .source(
                "com.shop.orders.OrderResource",
                """
                package com.shop.orders;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import java.util.List;

                @Path("/orders")
                @Enveloped
                public class OrderResource {

                  @GET
                  public List<String> list() {
                    return List.of();
                  }
                }
                """)
            .source(
                "org.billing.InvoiceResource",
                """
                package org.billing;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import java.util.List;

                @Path("/invoices")
                @Enveloped
                public class InvoiceResource {

                  @GET
                  public List<String> list() {
                    return List.of();
                  }
                }
                """)
            .at("org.billing.InvoiceResource", "@Enveloped"),

        // The build.
        misuse(
                "jacksonNotOnTheClasspath",
                Diagnostic.MISSING_LIBRARY,
                "Jackson's annotations (com.fasterxml.jackson.annotation)",
                "com.fasterxml.jackson.core:jackson-annotations, or a Jackson JSON provider")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .withClasspathOf(Enveloped.class, Path.class)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "userClassNamedLikeAnEnvelope",
                Diagnostic.GENERATED_NAME_TAKEN,
                "com.example.ProjectResourceGetEnvelope",
                "com.example.ProjectResource.get")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .source(
                "com.example.ProjectResourceGetEnvelope",
                """
                package com.example;

                /** What the web client receives for one project. */
                public record ProjectResourceGetEnvelope(Project data) {}
                """)
            .at("com.example.ProjectResource", "public Project get("),
        misuse(
                "userClassNamedEnvelopesFeatureInTheApiPackage",
                Diagnostic.GENERATED_NAME_TAKEN,
                "com.example.EnvelopesFeature",
                "the API")
            .source("com.example.ShopApplication", shopApplication(""))
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .source(
                "com.example.EnvelopesFeature",
                """
                package com.example;

                import jakarta.ws.rs.core.Feature;
                import jakarta.ws.rs.core.FeatureContext;

                /** Registers the envelopes, the user thought. */
                public class EnvelopesFeature implements Feature {

                  @Override
                  public boolean configure(FeatureContext context) {
                    return true;
                  }
                }
                """)
            .at("com.example.ShopApplication", "@EnvelopeApi"),
        misuse(
                "userClassNamedLikeAResourceFeature",
                Diagnostic.GENERATED_NAME_TAKEN,
                "com.example.ProjectResourceEnvelopes",
                "com.example.ProjectResource")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .source(
                "com.example.ProjectResourceEnvelopes",
                """
                package com.example;

                /** Envelopes of projects, for the web client. */
                public final class ProjectResourceEnvelopes {

                  private ProjectResourceEnvelopes() {}
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "userClassNamedLikeTheJsonOfAResource",
                Diagnostic.GENERATED_NAME_TAKEN,
                "com.example.ProjectResourceJson",
                "com.example.ProjectResource")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .source(
                "com.example.ProjectResourceJson",
                """
                package com.example;

                /** How the web client's JSON of projects is configured. */
                public final class ProjectResourceJson {

                  private ProjectResourceJson() {}
                }
                """)
            .at("com.example.ProjectResource", "@Enveloped"),
        misuse(
                "resourceGeneratedAfterTheApiWasWritten",
                Diagnostic.RESOURCE_AFTER_API_WRITTEN,
                "com.example.TaskResource")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .withProcessor(
                () ->
                    new SourceGeneratingProcessor(
                        2,
                        "com.example.TaskResource",
                        """
                        package com.example;

                        import dev.envelopes.Enveloped;
                        import jakarta.ws.rs.GET;
                        import jakarta.ws.rs.Path;
                        import java.util.List;

                        @Path("/tasks")
                        @Enveloped
                        public class TaskResource {

                          @GET
                          public List<String> list() {
                            return List.of();
                          }
                        }
                        """))
            .atGenerated("com.example.TaskResource", "public class TaskResource")
            .withoutPositionUnderEcj(),
        misuse(
                "resourceWithEnvelopedMethodsGeneratedAfterTheApiWasWritten",
                Diagnostic.RESOURCE_AFTER_API_WRITTEN,
                "com.example.TaskResource")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .withProcessor(
                () ->
                    new SourceGeneratingProcessor(
                        2,
                        "com.example.TaskResource",
                        """
                        package com.example;

                        import dev.envelopes.Enveloped;
                        import jakarta.ws.rs.GET;
                        import jakarta.ws.rs.Path;
                        import java.util.List;

                        @Path("/tasks")
                        public class TaskResource {

                          @GET
                          @Enveloped
                          public List<String> list() {
                            return List.of();
                          }

                          @GET
                          @Path("done")
                          @Enveloped
                          public List<String> done() {
                            return List.of();
                          }
                        }
                        """))
            .atGenerated("com.example.TaskResource", "public class TaskResource")
            .withoutPositionUnderEcj(),
        misuse(
                "apiErrorGeneratedAfterTheApiWasWritten",
                Diagnostic.RESOURCE_AFTER_API_WRITTEN,
                "com.example.TaskNotFound")
            .source(
                "com.example.ProjectResource",
                projectResource(
                    """
                      @GET
                      @Path("{id}")
                      public Project get(@PathParam("id") long id) {
                        return new Project(id, "Apollo");
                      }
                    """))
            .withProcessor(
                () ->
                    new SourceGeneratingProcessor(
                        2,
                        "com.example.TaskNotFound",
                        """
                        package com.example;

                        import dev.envelopes.ApiError;

                        @ApiError(status = 404)
                        public class TaskNotFound extends RuntimeException {

                          private static final long serialVersionUID = 1L;
                        }
                        """))
            .atGenerated("com.example.TaskNotFound", "public class TaskNotFound")
            .withoutPositionUnderEcj());
  }

  /** A task list, reached from a project; not enveloped. */
  private static final String TASK_RESOURCE =
      """
      package com.example;

      import jakarta.ws.rs.GET;
      import java.util.List;

      public class TaskResource {

        private final long projectId;

        public TaskResource(long projectId) {
          this.projectId = projectId;
        }

        @GET
        public List<String> list() {
          return List.of("Task of project " + projectId);
        }
      }
      """;

  /** An enveloped project resource with {@code methods} and every import they need. */
  private static String projectResource(String methods) {
    return """
    package com.example;

    import dev.envelopes.Enveloped;
    import dev.envelopes.Page;
    import dev.envelopes.Paginated;
    import jakarta.ws.rs.DefaultValue;
    import jakarta.ws.rs.GET;
    import jakarta.ws.rs.PATCH;
    import jakarta.ws.rs.POST;
    import jakarta.ws.rs.Path;
    import jakarta.ws.rs.PathParam;
    import jakarta.ws.rs.QueryParam;
    import jakarta.ws.rs.container.AsyncResponse;
    import jakarta.ws.rs.container.Suspended;
    import jakarta.ws.rs.core.Response;
    import java.util.List;
    import java.util.concurrent.CompletableFuture;
    import java.util.concurrent.CompletionStage;

    @Path("/projects")
    @Enveloped
    public class ProjectResource {

    %s}
    """
        .formatted(methods);
  }

  /** The resource of {@link #projectResource}, in the bare style, which pages by cursor. */
  private static String bareProjectResource(String methods) {
    return projectResource(methods)
        .replace(
            "import dev.envelopes.Enveloped;",
            "import dev.envelopes.Cursor;\n"
                + "import dev.envelopes.EnvelopeStyle;\n"
                + "import dev.envelopes.Enveloped;")
        .replace(
            "import dev.envelopes.Paginated;",
            "import dev.envelopes.Paginated;\nimport dev.envelopes.Style;")
        .replace(
            "@Enveloped\npublic class", "@Enveloped\n@EnvelopeStyle(Style.BARE)\npublic class");
  }

  /** The resource of {@link #projectResource}, in the status envelope, which pages by page. */
  private static String statusProjectResource(String methods) {
    return projectResource(methods)
        .replace(
            "import dev.envelopes.Enveloped;",
            "import dev.envelopes.EnvelopeStyle;\nimport dev.envelopes.Enveloped;")
        .replace(
            "import dev.envelopes.Paginated;",
            "import dev.envelopes.Paginated;\nimport dev.envelopes.Style;")
        .replace(
            "@Enveloped\npublic class", "@Enveloped\n@EnvelopeStyle(Style.STATUS)\npublic class");
  }

  /** A vendor method for the cases about the API's vendor convention. */
  private static final String VENDOR_GET =
      """
        @GET
        @Path("{id}")
        public Project get(@PathParam("id") long id) {
          return new Project(id, "Apollo");
        }
      """;

  /** The resource of {@link #projectResource}, in the vendor style. */
  private static String vendorProjectResource(String methods) {
    return projectResource(methods)
        .replace(
            "import dev.envelopes.Enveloped;",
            "import dev.envelopes.EnvelopeStyle;\nimport dev.envelopes.Enveloped;\n"
                + "import dev.envelopes.Include;")
        .replace(
            "import dev.envelopes.Paginated;",
            "import dev.envelopes.Paginated;\nimport dev.envelopes.Related;\n"
                + "import dev.envelopes.Style;\nimport dev.envelopes.Views;")
        .replace(
            "@Enveloped\npublic class", "@Enveloped\n@EnvelopeStyle(Style.VENDOR)\npublic class");
  }

  /** The API type with a {@code @VendorConvention} of these values, written as source. */
  private static String flowApplication(String vendor, String version, String documentation) {
    return shopApplication(
        "@dev.envelopes.VendorConvention(\n    vendor = %s,\n    version = %s,\n    errorDocumentation = %s)"
            .formatted(vendor, version, documentation));
  }

  private static String validFlowApplication() {
    return flowApplication("\"flow\"", "2", "\"https://example.com/errors\"");
  }

  /** An exception class declared with {@code @ApiError(<values>)}. */
  private static String apiError(String name, String values) {
    return """
    package com.example;

    import dev.envelopes.ApiError;

    @ApiError(
        %s)
    public class %s extends RuntimeException {

      private static final long serialVersionUID = 1L;
    }
    """
        .formatted(values, name);
  }

  /** The application class, the API type, with {@code declarations} after its @EnvelopeApi. */
  private static String shopApplication(String declarations) {
    return """
    package com.example;

    import dev.envelopes.EnvelopeApi;
    import dev.envelopes.MapException;
    import dev.envelopes.ResponseCode;
    import dev.envelopes.ResponseCodes;
    import jakarta.ws.rs.ApplicationPath;
    import jakarta.ws.rs.core.Application;

    @ApplicationPath("/api")
    @EnvelopeApi
    %s
    public class ShopApplication extends Application {}
    """
        .formatted(declarations);
  }

  /** Another processor, which generates {@code com.example.GeneratedPayload} in the first round. */
  private static Processor generator() {
    return new SourceGeneratingProcessor(1, "com.example.GeneratedPayload", GENERATED_PAYLOAD);
  }

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Assertions on the compilation of {@code misuse}, whose failures name the case. */
  private static CompilationSubject assertOn(Case misuse, Compilation compilation) {
    return assertWithMessage(misuse.name).about(compilations()).that(compilation);
  }

  private static List<String> messages(Compilation compilation) {
    return compilation.errors().stream()
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The start of a diagnostic's text, up to its first detail. */
  private static String prefixOf(Diagnostic diagnostic) {
    String problem = diagnostic.problem(JAKARTA_REST);
    return problem.substring(0, problem.indexOf('%'));
  }

  /** The jar or class folder a class was loaded from. */
  private static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }

  private static Case misuse(String name, Diagnostic diagnostic, Object... arguments) {
    return new Case(name, diagnostic, arguments);
  }

  /** One misuse: the sources that commit it, and the error it must give and where. */
  static final class Case {

    final String name;
    final Diagnostic diagnostic;
    final Object[] arguments;
    final Map<String, JavaFileObject> sources = new LinkedHashMap<>();
    final Map<String, JavaFileObject> ecjSources = new LinkedHashMap<>();
    final List<Supplier<Processor>> otherProcessors = new ArrayList<>();
    Optional<List<File>> classpath = Optional.empty();
    boolean ecjHasNoPosition;
    boolean inGeneratedFile;
    String file;
    String line;

    Case(String name, Diagnostic diagnostic, Object... arguments) {
      this.name = name;
      this.diagnostic = diagnostic;
      this.arguments = arguments;
      source("com.example.Project", PROJECT);
    }

    Case source(String qualifiedName, String text) {
      sources.put(qualifiedName, DiagnosticsTest.source(qualifiedName, text));
      return this;
    }

    /** Compiles against only the jars or folders of {@code types}, and the JDK. */
    Case withClasspathOf(Class<?>... types) {
      classpath = Optional.of(Stream.of(types).map(DiagnosticsTest::locationOf).toList());
      return this;
    }

    /** Runs another processor, made fresh for the compilation, after Envelopes. */
    Case withProcessor(Supplier<Processor> processor) {
      otherProcessors.add(processor);
      return this;
    }

    /**
     * Eclipse's compiler cannot place any message on this element (it has no position for a
     * record's declaration, nor for a type another processor generated in a later round), so it
     * reports the error without a file; only the message is checked.
     */
    Case withoutPositionUnderEcj() {
      ecjHasNoPosition = true;
      return this;
    }

    /** Expects the error in the source of {@code qualifiedName}, on the line with {@code text}. */
    Case at(String qualifiedName, String text) {
      this.file = qualifiedName;
      this.line = text;
      return this;
    }

    /** Expects the error in a generated source, on the line with {@code text}. */
    Case atGenerated(String qualifiedName, String text) {
      inGeneratedFile = true;
      return at(qualifiedName, text);
    }

    String message() {
      return diagnostic.format(JAKARTA_REST, arguments);
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
      java.nio.file.Path folder =
          java.nio.file.Path.of("target", "ecj-sources", name).toAbsolutePath();
      ecjSources.clear();
      try {
        for (Map.Entry<String, JavaFileObject> source : sources.entrySet()) {
          java.nio.file.Path file = folder.resolve(source.getKey().replace('.', '/') + ".java");
          Files.createDirectories(file.getParent());
          Files.writeString(file, source.getValue().getCharContent(true));
          ecjSources.put(source.getKey(), JavaFileObjects.forResource(file.toUri().toURL()));
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
  }
}
