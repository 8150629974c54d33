package dev.envelopes.processor.dialect;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.spring.SpringMvcDialect;
import dev.envelopes.processor.dialect.spring.SpringMvcWords;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ParameterModel.Source;
import dev.envelopes.processor.model.ParameterModel.WithoutValue;
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
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spring MVC dialect's answers on compiled controllers, against Spring Framework's own jars:
 * what the readers learn about a controller, its handler methods and their parameters, as Spring
 * MVC binds them.
 */
class SpringMvcDialectTest {

  private static final String CONTROLLER =
      """
      package com.example;

      import jakarta.validation.Valid;
      import java.security.Principal;
      import java.util.Map;
      import java.util.Optional;
      import org.springframework.http.HttpHeaders;
      import org.springframework.web.bind.annotation.*;
      import org.springframework.web.context.request.WebRequest;
      import org.springframework.web.util.UriComponentsBuilder;

      @RestController
      @RequestMapping(path = "/projects", produces = "application/json")
      public class Projects {

        @GetMapping("/{id:[0-9]+}")
        public String get(
            @PathVariable long id,
            @RequestParam(name = "limit", defaultValue = "25") int limit,
            @RequestParam(value = "offset", required = false) long offset,
            @RequestParam("q") String query,
            @RequestParam(required = false) Optional<String> tag,
            @RequestHeader(name = "X-Trace", required = false) String trace,
            @CookieValue("session") String session,
            @MatrixVariable("lang") String lang,
            @RequestHeader HttpHeaders headers,
            @RequestParam Map<String, String> all,
            Principal principal,
            WebRequest request,
            UriComponentsBuilder uris,
            String name,
            int page,
            Object filter) {
          return "";
        }

        @PostMapping(produces = {"text/plain", "application/json"})
        public void create(@Valid @RequestBody Object body, @RequestPart("file") String file) {}

        @RequestMapping(path = "/all", method = RequestMethod.PUT)
        public void put() {}

        @RequestMapping(value = "/any")
        public void any() {}

        @RequestMapping(method = {RequestMethod.GET, RequestMethod.POST})
        public void two() {}

        @PatchMapping
        public void patch() {}

        @DeleteMapping
        public void delete() {}

        public void helper() {}
      }
      """;

  private static final String VIEW_CONTROLLER =
      """
      package com.example;

      import org.springframework.stereotype.Controller;
      import org.springframework.web.bind.annotation.GetMapping;
      import org.springframework.web.bind.annotation.ResponseBody;

      @Controller
      public class Pages {

        @GetMapping("/home")
        public String home() {
          return "home";
        }

        @GetMapping("/data")
        @ResponseBody
        public String data() {
          return "data";
        }
      }
      """;

  private static final String CLASS_WITH_METHOD =
      """
      package com.example;

      import org.springframework.web.bind.annotation.PostMapping;
      import org.springframework.web.bind.annotation.RequestMapping;
      import org.springframework.web.bind.annotation.RequestMethod;
      import org.springframework.web.bind.annotation.RestController;

      @RestController
      @RequestMapping(path = "/reports", method = RequestMethod.GET)
      public class Reports {

        @RequestMapping("/daily")
        public void daily() {}

        @PostMapping("/run")
        public void run() {}
      }
      """;

  private static final String NOT_A_CONTROLLER =
      """
      package com.example;

      import org.springframework.web.bind.annotation.RequestMapping;

      @RequestMapping("/orphans")
      public class Orphans {}
      """;

  /** What the dialect answered, by question, while the compilation's elements were alive. */
  private static final Map<String, Object> ANSWERS = new LinkedHashMap<>();

  private static final Map<String, ParameterBinding> BINDINGS = new LinkedHashMap<>();

  @BeforeAll
  static void askTheDialectAboutCompiledControllers() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new Probe())
            .compile(
                JavaFileObjects.forSourceString("com.example.Projects", CONTROLLER),
                JavaFileObjects.forSourceString("com.example.Pages", VIEW_CONTROLLER),
                JavaFileObjects.forSourceString("com.example.Reports", CLASS_WITH_METHOD),
                JavaFileObjects.forSourceString("com.example.Orphans", NOT_A_CONTROLLER));
    assertThat(compilation).succeeded();
  }

  @Test
  void httpMethodsComeFromTheMappingAndARequestMappingWithoutOneAnswersThemAll() {
    assertEquals(List.of("GET"), ANSWERS.get("get.httpMethods"));
    assertEquals(List.of("POST"), ANSWERS.get("create.httpMethods"));
    assertEquals(List.of("PUT"), ANSWERS.get("put.httpMethods"));
    assertEquals(List.of("PATCH"), ANSWERS.get("patch.httpMethods"));
    assertEquals(List.of("DELETE"), ANSWERS.get("delete.httpMethods"));
    assertEquals(
        List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"),
        ANSWERS.get("any.httpMethods"));
    assertEquals(List.of("GET", "POST"), ANSWERS.get("two.httpMethods"));
    assertEquals(List.of(), ANSWERS.get("helper.httpMethods"));
  }

  @Test
  void theClasssRequestMappingAddsItsHttpMethodsAsSpringCombinesThem() {
    assertEquals(List.of("GET"), ANSWERS.get("Reports.daily.httpMethods"));
    assertEquals(List.of("POST", "GET"), ANSWERS.get("Reports.run.httpMethods"));
  }

  @Test
  void pathsComeFromValueOrPathOnClassAndMethodInSpringsTemplates() {
    assertEquals(Optional.of("/projects"), ANSWERS.get("Projects.path"));
    assertEquals(Optional.of("/{id:[0-9]+}"), ANSWERS.get("get.path"));
    assertEquals(Optional.of("/all"), ANSWERS.get("put.path"));
    assertEquals(Optional.of("/any"), ANSWERS.get("any.path"));
    assertEquals(Optional.empty(), ANSWERS.get("create.path"));
    // A controller without @RequestMapping serves from the root; a class that is no controller
    // serves nothing, whatever it maps.
    assertEquals(Optional.of(""), ANSWERS.get("Pages.path"));
    assertEquals(Optional.empty(), ANSWERS.get("Orphans.path"));
  }

  @Test
  void producesIsTheMethodsMappingsElseTheClasss() {
    assertEquals(List.of("application/json"), ANSWERS.get("Projects.produces"));
    assertEquals(List.of("text/plain", "application/json"), ANSWERS.get("create.produces"));
    assertEquals(List.of(), ANSWERS.get("get.produces"));
  }

  @Test
  void aHandlerWritesItsBodyUnderRestControllerOrResponseBodyAndElseRendersAView() {
    assertEquals(true, ANSWERS.get("Projects.get.body"));
    assertEquals(false, ANSWERS.get("Pages.home.body"));
    assertEquals(true, ANSWERS.get("Pages.data.body"));
  }

  @Test
  void springHasNoSubResourceLocators() {
    assertEquals(false, ANSWERS.get("helper.locator"));
    assertEquals(false, ANSWERS.get("get.locator"));
  }

  @Test
  void eachParameterIsBoundAsSpringMvcBindsIt() {
    assertEquals(named(Source.PATH, "id", WithoutValue.REFUSED), BINDINGS.get("get.id"));
    assertEquals(
        new ParameterBinding(Source.QUERY, "limit", Optional.of("25"), WithoutValue.REFUSED),
        BINDINGS.get("get.limit"));
    // Optional by required = false, so Spring passes null, which a long cannot take.
    assertEquals(named(Source.QUERY, "offset", WithoutValue.NULL), BINDINGS.get("get.offset"));
    assertEquals(named(Source.QUERY, "q", WithoutValue.REFUSED), BINDINGS.get("get.query"));
    assertEquals(named(Source.QUERY, "tag", WithoutValue.EMPTY), BINDINGS.get("get.tag"));
    assertEquals(named(Source.HEADER, "X-Trace", WithoutValue.EMPTY), BINDINGS.get("get.trace"));
    assertEquals(
        named(Source.COOKIE, "session", WithoutValue.REFUSED), BINDINGS.get("get.session"));
    assertEquals(
        named(Source.PATH_SEGMENT, "lang", WithoutValue.REFUSED), BINDINGS.get("get.lang"));
    assertEquals(unbound(Source.FRAMEWORK, ""), BINDINGS.get("get.headers"));
    assertEquals(unbound(Source.GROUPED, ""), BINDINGS.get("get.all"));
    assertEquals(unbound(Source.FRAMEWORK, ""), BINDINGS.get("get.principal"));
    assertEquals(unbound(Source.FRAMEWORK, ""), BINDINGS.get("get.request"));
    assertEquals(unbound(Source.FRAMEWORK, ""), BINDINGS.get("get.uris"));
    // Without annotation: a simple value is the optional request parameter of its Java name;
    // anything else a model attribute.
    assertEquals(named(Source.QUERY, "name", WithoutValue.EMPTY), BINDINGS.get("get.name"));
    assertEquals(named(Source.QUERY, "page", WithoutValue.NULL), BINDINGS.get("get.page"));
    assertEquals(unbound(Source.GROUPED, ""), BINDINGS.get("get.filter"));
    assertEquals(
        named(Source.BODY, ParameterModel.BODY, WithoutValue.REFUSED),
        BINDINGS.get("create.body"));
    assertEquals(named(Source.FORM, "file", WithoutValue.REFUSED), BINDINGS.get("create.file"));
  }

  @Test
  void onlyNamedPartsOfTheRequestAreNamedBindings() {
    assertEquals(
        List.of(
            "PathVariable",
            "RequestParam",
            "RequestParam",
            "RequestParam",
            "RequestParam",
            "RequestHeader",
            "CookieValue",
            "MatrixVariable",
            "RequestHeader",
            "RequestParam"),
        ANSWERS.get("get.namedBindings"));
  }

  /**
   * Every type the dialect names is where it says in Spring Framework 7.0.8, but Reactive Streams'
   * Publisher, which a build without a reactive library lacks.
   */
  @Test
  void everyTypeTheDialectNamesIsOnSpringsClasspath() {
    assertEquals(List.of("org.reactivestreams.Publisher"), ANSWERS.get("missingTypes"));
  }

  @Test
  void messagesSpeakSpringMvc() {
    FrameworkWords words = new SpringMvcWords();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      String text = diagnostic.problem(words) + " " + diagnostic.fix(words);
      assertFalse(text.matches("(?s).*\\{[A-Z_]+}.*"), diagnostic + ": " + text);
      assertFalse(text.contains("@QueryParam") || text.contains("@DefaultValue"), text);
    }
    assertEquals(
        "Declare it as dev.envelopes.Cursor:"
            + " @RequestParam(name = \"cursor\", defaultValue = \"\") Cursor cursor.",
        Diagnostic.PAGING_CURSOR_NOT_CURSOR.fix(words));
    assertEquals(
        "Give the page size such requests get, for example"
            + " @RequestParam(defaultValue = \"25\").",
        Diagnostic.PAGING_LIMIT_WITHOUT_DEFAULT.fix(words));
    assertEquals(
        "@RequestParam(\"offset\") long offset",
        words.queryParameter("offset", Optional.empty(), "long offset"));
    // Spring MVC has no sub-resource locators, which Jakarta REST's message offers.
    assertEquals(
        "@Enveloped class Projects is not a controller: it has no @RestController."
            + " Add @RestController to the class.",
        Diagnostic.ENVELOPED_CLASS_WITHOUT_PATH.format(words, "Projects"));
    assertEquals(
        "Enveloped handler method Projects.create takes two request bodies; a request has one."
            + " Keep one @RequestBody parameter, and annotate the others.",
        Diagnostic.RESOURCE_METHOD_TWO_BODIES.format(words, "Projects.create"));
  }

  private static ParameterBinding named(Source source, String name, WithoutValue without) {
    return new ParameterBinding(source, name, Optional.empty(), without);
  }

  private static ParameterBinding unbound(Source source, String name) {
    return new ParameterBinding(source, name, Optional.empty(), WithoutValue.EMPTY);
  }

  /** Asks the dialect its questions about the compiled controllers, in the first round. */
  @SupportedAnnotationTypes("*")
  private static final class Probe extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Elements elements = processingEnv.getElementUtils();
      TypeElement projects = elements.getTypeElement("com.example.Projects");
      if (round.processingOver() || projects == null || !ANSWERS.isEmpty()) {
        return false;
      }
      Dialect dialect = new SpringMvcDialect(elements, processingEnv.getTypeUtils());
      ANSWERS.put("Projects.path", dialect.pathOf(projects));
      ANSWERS.put("Projects.produces", mediaTypes(dialect, projects));
      TypeElement pages = elements.getTypeElement("com.example.Pages");
      ANSWERS.put("Pages.path", dialect.pathOf(pages));
      ANSWERS.put("Orphans.path", dialect.pathOf(elements.getTypeElement("com.example.Orphans")));
      TypeElement reports = elements.getTypeElement("com.example.Reports");
      for (ExecutableElement method : ElementFilter.methodsIn(reports.getEnclosedElements())) {
        ANSWERS.put(
            "Reports." + method.getSimpleName() + ".httpMethods", dialect.httpMethodsOf(method));
      }
      for (ExecutableElement method : ElementFilter.methodsIn(pages.getEnclosedElements())) {
        ANSWERS.put(
            "Pages." + method.getSimpleName() + ".body",
            dialect.writesReturnAsBody(pages, method));
      }
      for (ExecutableElement method : ElementFilter.methodsIn(projects.getEnclosedElements())) {
        String name = method.getSimpleName().toString();
        ANSWERS.put("Projects." + name + ".body", dialect.writesReturnAsBody(projects, method));
        ANSWERS.put(name + ".httpMethods", dialect.httpMethodsOf(method));
        ANSWERS.put(name + ".path", dialect.pathOf(method));
        ANSWERS.put(name + ".locator", dialect.isSubResourceLocator(method));
        ANSWERS.put(name + ".produces", mediaTypes(dialect, method));
        List<String> named = new java.util.ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
          BINDINGS.put(name + "." + parameter.getSimpleName(), dialect.bindingOf(parameter));
          parameter.getAnnotationMirrors().stream()
              .filter(dialect::bindsNamedRequestValue)
              .forEach(
                  annotation ->
                      named.add(
                          annotation.getAnnotationType().asElement().getSimpleName().toString()));
        }
        ANSWERS.put(name + ".namedBindings", named);
      }
      ANSWERS.put(
          "missingTypes",
          Stream.of(
                  List.of(dialect.apiMarkerType()),
                  dialect.completedTypes(),
                  dialect.typedResponseTypes(),
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
