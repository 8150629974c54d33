package dev.envelopes.processor.dialect.spring;

import dev.envelopes.processor.model.ParameterModel.Source;
import java.util.List;
import java.util.Map;

/**
 * The qualified names of the types the Spring MVC dialect reads, as strings: the processor reads
 * them from the user's classpath and does not depend on Spring. Each was checked against Spring
 * Framework 7.0.8's jars (spring-web, spring-webmvc, spring-context).
 */
final class SpringMvcNames {

  /** The package of Spring MVC's request-mapping and binding annotations. */
  static final String PACKAGE = "org.springframework.web.bind.annotation.";

  static final String CONTROLLER = "org.springframework.stereotype.Controller";
  static final String REST_CONTROLLER = PACKAGE + "RestController";
  static final String RESPONSE_BODY = PACKAGE + "ResponseBody";
  static final String REQUEST_MAPPING = PACKAGE + "RequestMapping";

  /** {@code ValueConstants.DEFAULT_NONE}: the default of a {@code defaultValue}, meaning none. */
  static final String DEFAULT_NONE = "\n\t\t\n\t\t\n\uE000\uE001\uE002\n\t\t\t\t\n";

  /** What {@code @RequestMapping} without a method answers: every {@code RequestMethod}. */
  static final List<String> ALL_HTTP_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  /** The shortcut mapping annotations, each of one HTTP method. */
  static final Map<String, String> SHORTCUT_MAPPINGS =
      Map.of(
          PACKAGE + "GetMapping", "GET",
          PACKAGE + "PostMapping", "POST",
          PACKAGE + "PutMapping", "PUT",
          PACKAGE + "PatchMapping", "PATCH",
          PACKAGE + "DeleteMapping", "DELETE");

  /** The annotations that bind a parameter to a named part of the request. */
  static final Map<String, Source> NAMED_PARAMETERS =
      Map.of(
          PACKAGE + "RequestParam", Source.QUERY,
          PACKAGE + "PathVariable", Source.PATH,
          PACKAGE + "RequestHeader", Source.HEADER,
          PACKAGE + "CookieValue", Source.COOKIE,
          PACKAGE + "MatrixVariable", Source.PATH_SEGMENT,
          PACKAGE + "RequestPart", Source.FORM);

  static final String REQUEST_PARAM = PACKAGE + "RequestParam";
  static final String REQUEST_HEADER = PACKAGE + "RequestHeader";

  /** The annotations that hand a parameter something other than a named value of the request. */
  static final Map<String, Source> UNNAMED_PARAMETERS =
      Map.of(
          PACKAGE + "RequestBody", Source.BODY,
          PACKAGE + "ModelAttribute", Source.GROUPED,
          PACKAGE + "RequestAttribute", Source.FRAMEWORK,
          PACKAGE + "SessionAttribute", Source.FRAMEWORK);

  /** Types Spring MVC hands a handler method by their type alone, with no annotation. */
  static final List<String> FRAMEWORK_SUPPLIED =
      List.of(
          "jakarta.servlet.ServletRequest",
          "jakarta.servlet.ServletResponse",
          "jakarta.servlet.http.HttpSession",
          "org.springframework.web.context.request.WebRequest",
          "org.springframework.web.util.UriComponentsBuilder",
          "org.springframework.http.HttpMethod",
          "org.springframework.ui.Model",
          "org.springframework.validation.Errors",
          "org.springframework.web.bind.support.SessionStatus",
          "org.springframework.web.servlet.mvc.support.RedirectAttributes",
          "java.security.Principal",
          "java.util.Locale",
          "java.util.TimeZone",
          "java.time.ZoneId",
          "java.io.InputStream",
          "java.io.OutputStream",
          "java.io.Reader",
          "java.io.Writer",
          "java.util.Map");

  /**
   * The types whose unannotated parameters Spring binds as a request parameter of the parameter's
   * name, as {@code BeanUtils.isSimpleValueType} says (with their subtypes, and the primitives and
   * their wrappers).
   */
  static final List<String> SIMPLE_VALUE_TYPES =
      List.of(
          "java.lang.Enum",
          "java.lang.CharSequence",
          "java.lang.Number",
          "java.lang.Boolean",
          "java.lang.Character",
          "java.util.Date",
          "java.time.temporal.Temporal",
          "java.net.URI",
          "java.net.URL",
          "java.util.UUID",
          "java.util.Currency",
          "java.nio.charset.Charset",
          "java.util.regex.Pattern",
          "java.io.File",
          "java.nio.file.Path",
          "java.net.InetAddress",
          "java.lang.Class");

  /** The responses that carry a body of a declared type, their first type argument. */
  static final String RESPONSE_ENTITY = "org.springframework.http.ResponseEntity";

  static final String HTTP_ENTITY = "org.springframework.http.HttpEntity";

  /**
   * Returns an envelope cannot wrap: other asynchronous results, streams, views and answers of
   * Spring's own (with their subtypes).
   */
  static final List<String> UNWRAPPABLE =
      List.of(
          "java.util.concurrent.CompletionStage",
          "java.util.concurrent.Future",
          "java.util.concurrent.Callable",
          "org.springframework.web.context.request.async.DeferredResult",
          "org.springframework.web.context.request.async.WebAsyncTask",
          "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter",
          "org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody",
          "org.reactivestreams.Publisher",
          "org.springframework.web.servlet.ModelAndView",
          "org.springframework.web.servlet.View",
          "org.springframework.http.ProblemDetail",
          "org.springframework.web.ErrorResponse");

  /**
   * Spring MVC's own exceptions that the error mapping answers, most specific first; {@code
   * ErrorResponse}, which most of them implement, last, for the rest of Spring's own.
   */
  static final List<String> FRAMEWORK_EXCEPTIONS =
      List.of(
          "org.springframework.web.bind.MethodArgumentNotValidException",
          "org.springframework.web.method.annotation.HandlerMethodValidationException",
          "org.springframework.http.converter.HttpMessageNotReadableException",
          "org.springframework.web.bind.MissingServletRequestParameterException",
          "org.springframework.web.method.annotation.MethodArgumentTypeMismatchException",
          "org.springframework.web.servlet.resource.NoResourceFoundException",
          "org.springframework.web.HttpRequestMethodNotSupportedException",
          "org.springframework.web.HttpMediaTypeNotAcceptableException",
          "org.springframework.web.HttpMediaTypeNotSupportedException",
          "org.springframework.web.server.ResponseStatusException",
          "org.springframework.web.ErrorResponse");

  /** A type of spring-webmvc that the generated glue uses: {@code ResponseBodyAdvice}. */
  static final String RESPONSE_BODY_ADVICE =
      "org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice";

  /**
   * Spring Framework 7's message converter for Jackson 3: where it is, Spring Boot 4 writes JSON
   * with Jackson 3 even when Jackson 2 is on the classpath too.
   */
  static final String JACKSON_3_CONVERTER =
      "org.springframework.http.converter.json.JacksonJsonHttpMessageConverter";

  private SpringMvcNames() {}
}
