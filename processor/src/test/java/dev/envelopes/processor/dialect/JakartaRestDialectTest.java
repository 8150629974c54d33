package dev.envelopes.processor.dialect;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.jakarta.JakartaRestDialect;
import dev.envelopes.processor.dialect.jakarta.JakartaRestWords;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ParameterModel.Source;
import dev.envelopes.processor.model.ParameterModel.WithoutValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta REST dialect's answers on a compiled resource: what the readers learn about a
 * resource, its methods and their parameters comes from the dialect, and matches the
 * specification.
 */
class JakartaRestDialectTest {

  private static final String RESOURCE =
      """
      package com.example;

      import jakarta.ws.rs.BeanParam;
      import jakarta.ws.rs.CookieParam;
      import jakarta.ws.rs.DefaultValue;
      import jakarta.ws.rs.FormParam;
      import jakarta.ws.rs.GET;
      import jakarta.ws.rs.HeaderParam;
      import jakarta.ws.rs.MatrixParam;
      import jakarta.ws.rs.POST;
      import jakarta.ws.rs.Path;
      import jakarta.ws.rs.PathParam;
      import jakarta.ws.rs.Produces;
      import jakarta.ws.rs.QueryParam;
      import jakarta.ws.rs.container.AsyncResponse;
      import jakarta.ws.rs.container.Suspended;
      import jakarta.ws.rs.core.Context;
      import jakarta.ws.rs.core.UriInfo;

      @Path("/projects")
      @Produces("text/plain, application/json")
      public class Projects {

        @GET
        @Path("{id}")
        public String get(
            @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @HeaderParam("X-Trace") String trace,
            @CookieParam("session") String session,
            @MatrixParam("lang") String lang,
            @Context UriInfo uri,
            @BeanParam Object filter) {
          return id;
        }

        @POST
        @Produces("application/json")
        public void create(String body, @FormParam("name") String name) {}

        @GET
        @Path("later")
        public void later(@Suspended AsyncResponse response) {}

        @Path("tasks")
        public Object tasks() {
          return null;
        }

        public void helper() {}
      }
      """;

  /** What the dialect answered, by question, while the compilation's elements were alive. */
  private static final Map<String, Object> ANSWERS = new LinkedHashMap<>();

  private static final Map<String, ParameterBinding> BINDINGS = new LinkedHashMap<>();

  @BeforeAll
  static void askTheDialectAboutACompiledResource() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new Probe())
            .compile(JavaFileObjects.forSourceString("com.example.Projects", RESOURCE));
    assertThat(compilation).succeeded();
  }

  @Test
  void httpMethodComesFromTheAnnotationMetaAnnotatedHttpMethod() {
    assertEquals(List.of("GET"), ANSWERS.get("get.httpMethod"));
    assertEquals(List.of("POST"), ANSWERS.get("create.httpMethod"));
    assertEquals(List.of(), ANSWERS.get("tasks.httpMethod"));
    assertEquals(List.of(), ANSWERS.get("helper.httpMethod"));
  }

  @Test
  void pathIsTheTemplateOfTheElementsOwnPathAnnotation() {
    assertEquals(Optional.of("/projects"), ANSWERS.get("Projects.path"));
    assertEquals(Optional.of("{id}"), ANSWERS.get("get.path"));
    assertEquals(Optional.empty(), ANSWERS.get("create.path"));
  }

  @Test
  void aPathWithoutHttpMethodIsASubResourceLocator() {
    assertEquals(true, ANSWERS.get("tasks.locator"));
    assertEquals(false, ANSWERS.get("get.locator"));
    assertEquals(false, ANSWERS.get("helper.locator"));
  }

  @Test
  void producesSplitsAnEntryThatListsSeveralMediaTypes() {
    assertEquals(List.of("text/plain", "application/json"), ANSWERS.get("Projects.produces"));
    assertEquals(List.of("application/json"), ANSWERS.get("create.produces"));
    assertEquals(List.of(), ANSWERS.get("get.produces"));
  }

  @Test
  void eachParameterIsBoundFromWhereItsAnnotationSays() {
    assertEquals(binding(Source.PATH, "id"), BINDINGS.get("get.id"));
    assertEquals(
        new ParameterBinding(Source.QUERY, "limit", Optional.of("25"), WithoutValue.EMPTY),
        BINDINGS.get("get.limit"));
    assertEquals(binding(Source.HEADER, "X-Trace"), BINDINGS.get("get.trace"));
    assertEquals(binding(Source.COOKIE, "session"), BINDINGS.get("get.session"));
    assertEquals(binding(Source.PATH_SEGMENT, "lang"), BINDINGS.get("get.lang"));
    assertEquals(binding(Source.FRAMEWORK, ""), BINDINGS.get("get.uri"));
    assertEquals(binding(Source.GROUPED, ""), BINDINGS.get("get.filter"));
    assertEquals(binding(Source.BODY, ParameterModel.BODY), BINDINGS.get("create.body"));
    assertEquals(binding(Source.FORM, "name"), BINDINGS.get("create.name"));
    assertEquals(binding(Source.ASYNC_RESPONDER, ""), BINDINGS.get("later.response"));
  }

  @Test
  void onlyAnnotationsThatBindANamedValueOfTheRequestBindOne() {
    assertEquals(
        List.of("PathParam", "QueryParam", "HeaderParam", "CookieParam", "MatrixParam"),
        ANSWERS.get("get.namedBindings"));
  }

  @Test
  void frameworkAnnotationsAreJakartaRestsOwn() {
    assertEquals(true, ANSWERS.get("get.frameworkAnnotated"));
    assertEquals(false, ANSWERS.get("helper.frameworkAnnotated"));
  }

  @Test
  void everyTypeTheDialectNamesIsOnAJakartaRestClasspath() {
    assertEquals(List.of(), ANSWERS.get("missingTypes"));
  }

  @Test
  void everyMessageReadsInJakartaRestWordsWithNoTermLeft() {
    FrameworkWords words = new JakartaRestWords();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      String text = diagnostic.problem(words) + " " + diagnostic.fix(words);
      assertFalse(text.matches("(?s).*\\{[A-Z_]+}.*"), diagnostic + ": " + text);
    }
    assertTrue(Diagnostic.PAGING_CURSOR_NOT_CURSOR.fix(words).contains("@QueryParam(\"cursor\")"));
    assertEquals(
        "@QueryParam(\"limit\") @DefaultValue(\"25\") int limit",
        words.queryParameter("limit", Optional.of("25"), "int limit"));
    assertEquals(
        "@QueryParam(\"offset\") long offset",
        words.queryParameter("offset", Optional.empty(), "long offset"));
  }

  private static ParameterBinding binding(Source source, String wireName) {
    return new ParameterBinding(source, wireName, Optional.empty(), WithoutValue.EMPTY);
  }

  /** Asks the dialect its questions about the compiled resource, in the first round. */
  @SupportedAnnotationTypes("*")
  private static final class Probe extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Elements elements = processingEnv.getElementUtils();
      TypeElement resource = elements.getTypeElement("com.example.Projects");
      if (round.processingOver() || resource == null || !ANSWERS.isEmpty()) {
        return false;
      }
      Dialect dialect = new JakartaRestDialect(elements);
      ANSWERS.put("Projects.path", dialect.pathOf(resource));
      ANSWERS.put("Projects.produces", mediaTypes(dialect, resource));
      for (ExecutableElement method : ElementFilter.methodsIn(resource.getEnclosedElements())) {
        String name = method.getSimpleName().toString();
        ANSWERS.put(name + ".httpMethod", dialect.httpMethodsOf(method));
        ANSWERS.put(name + ".path", dialect.pathOf(method));
        ANSWERS.put(name + ".locator", dialect.isSubResourceLocator(method));
        ANSWERS.put(name + ".produces", mediaTypes(dialect, method));
        ANSWERS.put(
            name + ".frameworkAnnotated",
            method.getAnnotationMirrors().stream().anyMatch(dialect::isFrameworkAnnotation));
        List<String> named = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
          BINDINGS.put(name + "." + parameter.getSimpleName(), dialect.bindingOf(parameter));
          for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
            if (dialect.bindsNamedRequestValue(annotation)) {
              named.add(annotation.getAnnotationType().asElement().getSimpleName().toString());
            }
          }
        }
        ANSWERS.put(name + ".namedBindings", named);
      }
      ANSWERS.put(
          "missingTypes",
          Stream.of(
                  List.of(dialect.apiMarkerType()),
                  dialect.completedTypes(),
                  dialect.unwrappableTypes(),
                  dialect.frameworkExceptions())
              .flatMap(List::stream)
              .filter(type -> elements.getTypeElement(type) == null)
              .toList());
      return false;
    }

    private static List<String> mediaTypes(Dialect dialect, Element on) {
      return dialect.producesOf(on).map(DeclaredMediaTypes::types).orElse(List.of());
    }
  }
}
