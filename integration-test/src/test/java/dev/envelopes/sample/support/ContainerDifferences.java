package dev.envelopes.sample.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one list of what differs between the runtimes the suite runs on and is theirs, not the API's:
 * what a container writes or does around the API's own answers, or before the API sees a request.
 * Each entry says why it differs. Assertions about the API's own wire never go through here.
 */
public enum ContainerDifferences {
  /** Jersey on the JDK's HTTP server: the suite's oracle. */
  JERSEY,
  /** RESTEasy on Undertow, serving the Application through its servlet. */
  RESTEASY,
  /** Quarkus REST on Vert.x, the runner jar of a Quarkus build. */
  QUARKUS,
  /** Spring MVC 7.0 on Spring Boot 4.0's embedded Tomcat 11, in the tests' JVM. */
  SPRING,
  /**
   * Spring MVC 6.2 on Spring Boot 3.5's embedded Tomcat 10.1, in the tests' JVM ({@code
   * spring-boot3}): it answers as {@link #SPRING} everywhere the suite looks.
   */
  SPRING_BOOT3;

  /**
   * How the JDK's HTTP server begins the 400 it answers, by itself, to a request target it cannot
   * parse as a URI, before Jersey sees the request.
   */
  private static final String JDK_SERVER_BAD_REQUEST = "<h1>400 Bad Request</h1>";

  /** Undertow's own page for an error no Jakarta REST component answered, without a stack. */
  private static final String UNDERTOW_PAGE =
      "<html><head><title>Error</title></head><body>%s</body></html>";

  /**
   * Tomcat's own page for a request it refuses before any servlet sees it, such as one with a space
   * in a header's name, as Spring Boot configures it: without a report and without the server's
   * name.
   */
  private static final String TOMCAT_PAGE =
      "<!doctype html><html lang=\"en\"><head><title>HTTP Status %1$s</title><style"
          + " type=\"text/css\">body {font-family:Tahoma,Arial,sans-serif;} h1, h2, h3, b"
          + " {color:white;background-color:#525D76;} h1 {font-size:22px;} h2 {font-size:16px;}"
          + " h3 {font-size:14px;} p {font-size:12px;} a {color:black;} .line"
          + " {height:1px;background-color:#525D76;border:none;}</style></head><body><h1>HTTP"
          + " Status %1$s</h1></body></html>";

  /** The differences of the runtime the suite runs on, by its name. */
  public static ContainerDifferences current() {
    return valueOf(SampleRuntime.current().name().replace('-', '_').toUpperCase(Locale.ROOT));
  }

  /**
   * The body of the container's own 500 that answers an exception whose {@code getMessage()}
   * throws, where the container reads the message before any exception mapper sees the exception;
   * empty where the API's mapper answers it, in the style of the request's method.
   */
  public Optional<String> unreadableMessageBody() {
    return switch (this) {
      // Jersey calls toString() while wrapping the exception; the container answers empty.
      case JERSEY -> Optional.of("");
      // RESTEasy logs the message before it looks for a mapper; Undertow answers its page.
      case RESTEASY -> Optional.of(UNDERTOW_PAGE.formatted("Internal Server Error"));
      // Quarkus REST hands the exception to the mapper without reading its message.
      case QUARKUS -> Optional.empty();
      // Spring MVC would read it after an @ExceptionHandler had answered, and fail with the
      // answer half sent: the API's generated resolver answers it before Spring MVC's own.
      case SPRING, SPRING_BOOT3 -> Optional.empty();
    };
  }

  /**
   * Whether the container answers at all a request whose exception's causes form a loop (each the
   * cause of the other). Quarkus REST 3.33.2 does not: before any exception mapper runs, its {@code
   * RuntimeExceptionMapper.isKnownProblem} follows {@code getCause()} until it is {@code null},
   * with no check for a cause seen before, and the worker thread spins forever. Nothing of the API
   * runs in between, so the API cannot answer it there.
   */
  public boolean answersLoopingCauses() {
    // Spring MVC 7.0.8's ExceptionHandlerMethodResolver follows getCause() with no such check
    // either and would overflow the stack; the API's generated resolver answers such an exception
    // before it, through Spring Boot's /error.
    return this != QUARKUS;
  }

  /**
   * How many records the container itself logs, beside the API's one, about an exception whose
   * {@code getMessage()} throws.
   */
  public int containerRecordsOfAnUnreadableMessage() {
    return switch (this) {
      // Spring MVC never sees it: once an @ExceptionHandler has answered, its resolvers ask
      // whether the client went away (DisconnectedClientHelper), which reads the message, which
      // throws, and Tomcat logged that three times and cut the answer short. The API's generated
      // resolver, first, answers such an exception before them.
      case JERSEY, QUARKUS, SPRING, SPRING_BOOT3 -> 0;
      // After the generated mapper has logged it and answered, RESTEasy reads the message itself
      // and fails, and Undertow logs that failure (UT005023) before it sends its own 500 page.
      case RESTEASY -> 1;
    };
  }

  /**
   * The {@code Content-Type} of an answer a method writes as {@code declared}, a {@code text/*}
   * type without parameters, from a {@code String}.
   */
  public String textContentType(String declared) {
    return switch (this) {
      case JERSEY -> declared;
      // RESTEasy adds the charset it wrote the text in (its resteasy.add.charset, on by default).
      case RESTEASY -> declared + ";charset=UTF-8";
      // Quarkus REST adds it, when it builds the application, to every text/plain a method
      // declares, and to no other type.
      case QUARKUS -> declared.equals("text/plain") ? declared + ";charset=UTF-8" : declared;
      // Spring's StringHttpMessageConverter adds the charset it writes in to a text type it takes
      // from the mapping's produces, as the sample's text/plain health check has it, and not to
      // one the ResponseEntity sets, as the sample's text/csv export does.
      case SPRING, SPRING_BOOT3 ->
          declared.equals("text/plain") ? declared + ";charset=UTF-8" : declared;
    };
  }

  /** What the {@code Allow} header of a 405 lists, of a resource that answers {@code methods}. */
  public List<String> allow(List<String> methods) {
    return switch (this) {
      case JERSEY -> methods;
      // Quarkus REST's routing throws its 405 without an Allow header, and the API's mapper
      // keeps the headers of the framework's answer as they are.
      case QUARKUS -> List.of();
      // RESTEasy lists HEAD too wherever it answers GET, as the specification has it answer HEAD.
      case RESTEASY -> {
        List<String> allowed = new ArrayList<>(methods);
        if (allowed.contains("GET") && !allowed.contains("HEAD")) {
          allowed.add("HEAD");
        }
        yield allowed.stream().sorted().toList();
      }
      // Spring MVC lists the methods of the handler methods whose paths match, and answers OPTIONS
      // itself without listing it.
      case SPRING, SPRING_BOOT3 ->
          methods.stream().filter(method -> !method.equals("OPTIONS")).toList();
    };
  }

  /**
   * The status the container gives a request whose path a resource method's template matches but
   * whose HTTP method none answers, when the path lies under another root resource's path too (as
   * {@code /projects/{projectId}/tasks/count} lies under {@code /projects}): 405, by the
   * specification's matching, which takes the methods of every class that matches.
   */
  public int unansweredMethodUnderAnotherRootPath() {
    return switch (this) {
      // Spring MVC matches every handler method's full path, whatever the controller.
      case JERSEY, RESTEASY, SPRING, SPRING_BOOT3 -> 405;
      // Quarkus REST routes to one class by the longest path prefix, and after it tries the
      // shorter one, where no template matches: 404 (quarkusio/quarkus#26496, #30854).
      case QUARKUS -> 404;
    };
  }

  /**
   * Whether a method that declares no media type and returns a value is refused (the style's 406)
   * when the request accepts only another JSON type, such as {@code application/problem+json},
   * rather than answered as {@code application/json}. The specification lets a runtime take the
   * types its writers declare for the value's class as the method's; which ones they are, and so
   * whether such a type matches, is the runtime's.
   */
  public boolean refusesAnotherJsonTypeForAnUndeclaredValue() {
    return switch (this) {
      // No writer is found for the value's class in that type when the method is chosen, so
      // they answer 406 without calling it; the filters see the refusal, not the value.
      case RESTEASY, QUARKUS -> true;
      // Jersey's Jackson provider writes any type, and Spring MVC and Envelopes' return value
      // handler decide after the method: both answer the value, as application/json.
      case JERSEY, SPRING, SPRING_BOOT3 -> false;
    };
  }

  /** What happens to a request that sends the malformed header {@code name: value}. */
  public MalformedHeader malformedHeader(String name, String value) {
    return switch (this) {
      // Tomcat reads neither Content-Type nor Accept for Spring: Spring MVC parses them, and its
      // failures go to the API's exception handlers.
      case JERSEY, SPRING, SPRING_BOOT3 -> MalformedHeader.REACHES_THE_API;
      // Quarkus REST's media type parser, which the API's header check asks, reads a quoted
      // parameter left open to the end of the header, as RESTEasy's does; it answers nothing
      // itself.
      case QUARKUS ->
          value.endsWith("\"")
              ? MalformedHeader.READ_AS_WELL_FORMED
              : MalformedHeader.REACHES_THE_API;
      case RESTEASY -> {
        // RESTEasy's servlet parses Content-Type and Accept before any filter runs and answers
        // what it cannot parse itself; a quoted parameter left open it reads to the end instead.
        if (value.equals("garbage") || value.equals("/")) {
          yield MalformedHeader.CONTAINER_ANSWERS_400;
        }
        yield value.endsWith("\"")
            ? MalformedHeader.READ_AS_WELL_FORMED
            : MalformedHeader.REACHES_THE_API;
      }
    };
  }

  /**
   * Whether the container serves a request whose target starts with {@code //}, such as {@code
   * //projects}, as the path after the slashes. The JDK's server and Undertow read such a target as
   * naming a host and no path, and answer 404 themselves.
   */
  public boolean servesDoubleSlashAsPath() {
    return switch (this) {
      // Tomcat passes the path on as it is, and Spring MVC matches no handler to it: the API's
      // 404, not the container's.
      case JERSEY, RESTEASY, SPRING, SPRING_BOOT3 -> false;
      // Vert.x normalizes the path before routing: it merges the empty segment away.
      case QUARKUS -> true;
    };
  }

  /** The body of the 400 a container answers for a header it cannot parse, by itself. */
  public String containerBadRequestBody() {
    return switch (this) {
      case JERSEY, QUARKUS -> "";
      case RESTEASY -> UNDERTOW_PAGE.formatted("Bad Request");
      case SPRING, SPRING_BOOT3 -> TOMCAT_PAGE.formatted("400 \u2013 Bad Request");
    };
  }

  /**
   * Whether an answer of {@code status} with {@code body} is one the container wrote itself, before
   * the API saw the request or instead of the API's answer, as the entries above describe: the
   * API's document cannot describe it, so the contract check counts it rather than checks it.
   */
  public boolean wroteItself(int status, String body) {
    if (status == 500 && unreadableMessageBody().filter(body::equals).isPresent()
        || status == 400 && body.equals(containerBadRequestBody())) {
      return true;
    }
    return status == 400
        && switch (this) {
          // The JDK's server refuses a target it cannot parse as a URI, before Jersey sees it.
          case JERSEY -> body.startsWith(JDK_SERVER_BAD_REQUEST);
          // Undertow refuses, empty, a target it cannot parse and a query of more parameters
          // than its limit (1,000), before RESTEasy sees the request.
          case RESTEASY -> body.isEmpty();
          case QUARKUS, SPRING, SPRING_BOOT3 -> false;
        };
  }

  /** What a runtime does with a malformed header. */
  public enum MalformedHeader {
    /** The API's header check sees it, and answers the style's 400. */
    REACHES_THE_API,
    /** The container answers 400 itself, before any filter or mapper of the API runs. */
    CONTAINER_ANSWERS_400,
    /** The container reads it as some well-formed value, and the request goes on. */
    READ_AS_WELL_FORMED
  }
}
