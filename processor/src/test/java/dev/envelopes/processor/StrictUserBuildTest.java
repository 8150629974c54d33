package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user's strict build, with the compiler flags of the README's build snippet and the processors
 * found as javac finds them, in the jar's order: it passes without a warning, and javac's {@code
 * -Xlint:processing} names none of Envelopes' annotations as unclaimed.
 */
class StrictUserBuildTest {

  @Test
  void readmeSnippetMakesEveryWarningFailTheBuildUnderMavenAndGradle() {
    List<String> maven = ReadmeBuildSnippet.mavenCompilerArgs();

    assertThat(maven).contains("-Werror");
    assertThat(maven.stream().filter(arg -> arg.startsWith("-Xlint:all")).toList()).hasSize(1);
    assertWithMessage("Gradle's flags in the README")
        .that(ReadmeBuildSnippet.gradleCompilerArgs())
        .isEqualTo(maven);
  }

  @Test
  void userApiCompilesWithTheReadmeFlagsWithoutAWarning() {
    Compilation compilation = strictly(userApi(REGISTERS_CLASSES));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.shop.EnvelopesFeature");
    assertThat(compilation).generatedSourceFile("com.example.shop.OrderResourceGetEnvelope");
  }

  /**
   * The README's other setup, instances through {@code getSingletons()}, which Jakarta REST 4
   * deprecates: with the suppression the README gives it passes, without it the strict build fails.
   */
  @Test
  void singletonsCompileWithTheReadmeFlagsOnlyWithTheDeprecationSuppressed() {
    assertThat(strictly(userApi(REGISTERS_SINGLETONS))).succeededWithoutWarnings();

    Compilation unsuppressed =
        strictly(userApi(REGISTERS_SINGLETONS.replace("@SuppressWarnings(\"deprecation\")", "")));

    assertThat(unsuppressed).failed();
    assertThat(unsuppressed)
        .hadWarningContaining(
            "getSingletons() in jakarta.ws.rs.core.Application has been deprecated");
  }

  /** Compiles {@code sources} with Envelopes' processors and the README's flags. */
  private static Compilation strictly(List<JavaFileObject> sources) {
    List<String> options = new ArrayList<>(List.of("--release", "17"));
    options.addAll(ReadmeBuildSnippet.mavenCompilerArgs());
    return Compiler.javac().withProcessors(jarProcessors()).withOptions(options).compile(sources);
  }

  @Test
  void javacNamesNoneOfEnvelopesOwnAnnotationsAsUnclaimed() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(jarProcessors())
            .withOptions("--release", "17", "-Xlint:processing")
            .compile(userApi());

    List<String> unclaimed =
        compilation.diagnostics().stream()
            .filter(diagnostic -> diagnostic.getKind() == Kind.WARNING)
            .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
            .filter(message -> message.contains("No processor claimed"))
            .toList();
    // Those of Jakarta REST (and Jackson's, on generated code) stay unclaimed, which is why the
    // README's snippet turns the warning off.
    assertThat(String.join("\n", unclaimed)).contains("/jakarta.ws.rs.GET");
    assertThat(String.join("\n", unclaimed)).doesNotContain("dev.envelopes");
  }

  @Test
  void recordsProcessorRunsBeforeTheOneThatClaimsEnveloped() {
    assertThat(jarProcessors().stream().map(processor -> processor.getClass()).toList())
        .containsExactly(EnvelopeRecordsProcessor.class, EnvelopesProcessor.class)
        .inOrder();
  }

  /** Envelopes' processors as javac finds them on the processor path, in the jar's order. */
  private static List<Processor> jarProcessors() {
    return ServiceLoader.load(Processor.class, StrictUserBuildTest.class.getClassLoader()).stream()
        .filter(processor -> processor.type().getPackageName().equals("dev.envelopes.processor"))
        .map(ServiceLoader.Provider::get)
        .toList();
  }

  /** The API type as the README's section 2 shows it: the generated feature among its classes. */
  private static final String REGISTERS_CLASSES =
      """
      package com.example.shop;

      import dev.envelopes.EnvelopeApi;
      import dev.envelopes.MapException;
      import dev.envelopes.ResponseCode;
      import jakarta.ws.rs.ApplicationPath;
      import jakarta.ws.rs.core.Application;
      import java.util.Set;

      @ApplicationPath("/api")
      @EnvelopeApi
      @ResponseCode(status = 200, code = 602, message = "Request OK")
      @MapException(value = IllegalStateException.class, status = 503)
      public class ShopApplication extends Application {

        @Override
        public Set<Class<?>> getClasses() {
          return Set.of(EnvelopesFeature.class, OrderResource.class);
        }
      }
      """;

  /** The API type handing instances to the runtime, as the sample does and the README allows. */
  private static final String REGISTERS_SINGLETONS =
      """
      package com.example.shop;

      import dev.envelopes.EnvelopeApi;
      import dev.envelopes.ResponseCode;
      import jakarta.ws.rs.core.Application;
      import java.util.Set;

      @EnvelopeApi
      @ResponseCode(status = 200, code = 602, message = "Request OK")
      public class ShopApplication extends Application {

        @Override
        @SuppressWarnings("deprecation")
        public Set<Object> getSingletons() {
          return Set.of(new EnvelopesFeature(), new OrderResource());
        }
      }
      """;

  /** A small API that uses every annotation Envelopes reads on types and methods. */
  private static List<JavaFileObject> userApi() {
    return userApi(REGISTERS_CLASSES);
  }

  /** The small API with {@code application} as the source of its API type. */
  private static List<JavaFileObject> userApi(String application) {
    return Stream.of(
            source(
                "com.example.shop.Order",
                """
                package com.example.shop;

                public record Order(long id, String item) {}
                """),
            source(
                "com.example.shop.OrderNotFound",
                """
                package com.example.shop;

                import dev.envelopes.ApiError;

                @ApiError(status = 404, code = 704, message = "Order not found")
                public class OrderNotFound extends RuntimeException {

                  private static final long serialVersionUID = 1L;
                }
                """),
            source("com.example.shop.ShopApplication", application),
            source(
                "com.example.shop.OrderResource",
                """
                package com.example.shop;

                import dev.envelopes.Enveloped;
                import dev.envelopes.Page;
                import dev.envelopes.Paginated;
                import jakarta.ws.rs.DefaultValue;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;
                import jakarta.ws.rs.QueryParam;
                import java.util.List;

                @Path("/orders")
                @Enveloped
                public class OrderResource {

                  @GET
                  @Path("{id}")
                  public Order get(@PathParam("id") long id) throws OrderNotFound {
                    return new Order(id, "tea");
                  }

                  @GET
                  @Paginated
                  public Page<Order> list(
                      @QueryParam("offset") long offset,
                      @QueryParam("limit") @DefaultValue("20") int limit) {
                    return new Page<>(List.of(), 0);
                  }

                  @POST
                  public long create(Order order) {
                    return order.id();
                  }
                }
                """))
        .toList();
  }

  private static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }
}
