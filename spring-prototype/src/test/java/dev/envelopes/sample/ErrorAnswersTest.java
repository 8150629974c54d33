package dev.envelopes.sample;

import static dev.envelopes.sample.Answers.assertAnswer;
import static dev.envelopes.sample.Answers.metaBadRequest;
import static dev.envelopes.sample.Answers.metaError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The errors in the meta envelope, as the Jersey sample answers them (integration-test:
 * meta/ClientErrorAnswersTest, BadRequestAnswersTest, InternalErrorTest,
 * styles/UnmatchedRequestStylesTest): the declared exceptions, Spring's own, those raised before
 * any handler was chosen, and those outside Spring MVC that reach Boot's {@code /error}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

  private static final String NO_RESOURCE = "No resource matches the request.";

  private static final String INTERNAL =
      metaError(
          500,
          "Internal Server Error",
          1000,
          "Internal error",
          "The server could not complete the request; the failure has been logged.");

  @LocalServerPort private int port;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aDeclaredExceptionAnswersWithItsOwnCodeAndMessage() {
    assertAnswer(
        http.get("/projects/1/tasks/3"),
        404,
        metaError(404, "Not Found", 1014, "Task not found", "Project 1 has no task 3."));
  }

  @Test
  void aDeclaredExceptionWithoutCodeAnswersWithTheStatusCode() {
    assertAnswer(
        http.get("/projects/99/tasks/1"),
        404,
        metaError(404, "Not Found", 1004, "Resource not found", "Project 99 does not exist."));
  }

  @Test
  void anInvalidBodyAnswers400NamingTheField() {
    assertAnswer(
        http.post("/projects/1/tasks", "{}"),
        400,
        metaBadRequest("[{\"field\":\"title\",\"message\":\"must not be blank\"}]"));
  }

  @Test
  void aFieldBreakingTwoRulesGetsOneEntryWithBothMessages() {
    String blankAndTooLong = " ".repeat(201);
    assertAnswer(
        http.post("/projects/1/tasks", "{\"title\": \"" + blankAndTooLong + "\"}"),
        400,
        metaBadRequest(
            """
            [{"field":"title","message":"must not be blank; size must be between 0 and 200"}]
            """));
  }

  @Test
  void aBodyWithoutConstraintsOfTheMethodsOwnAnswers400NamingTheField() {
    // Spring reports it with MethodArgumentNotValidException, not HandlerMethodValidationException.
    assertAnswer(
        http.send("PATCH", "/projects/1/tasks/2", "{\"done\": null}", "application/json", List.of()),
        400,
        metaBadRequest("[{\"field\":\"done\",\"message\":\"must not be null\"}]"));
  }

  @Test
  void aValueOfTheWrongTypeInAPatchAnswers400NamingThatField() {
    assertAnswer(
        http.send("PATCH", "/projects/1/tasks/2", "{\"done\": \"maybe\"}", "application/json", List.of()),
        400,
        metaBadRequest(
            """
            [{"field":"done","message":"does not have the expected type or format"}]
            """));
  }

  @Test
  void patchOfAnUnknownTaskAnswers404WithTheTasksOwnCode() {
    assertAnswer(
        http.send("PATCH", "/projects/1/tasks/99", "{\"done\": true}", "application/json", List.of()),
        404,
        metaError(404, "Not Found", 1014, "Task not found", "Project 1 has no task 99."));
  }

  @Test
  void noBodyAnswers400NamingTheBody() {
    assertAnswer(
        http.post("/projects/1/tasks", ""),
        400,
        metaBadRequest("[{\"field\":\"body\",\"message\":\"must not be null\"}]"));
  }

  @Test
  void malformedJsonAnswers400AboutNoSingleField() {
    assertAnswer(
        http.post("/projects/1/tasks", "{\"title\": \"Loom\","),
        400,
        metaBadRequest(
            "[{\"field\":null,\"message\":\"The request body is not valid JSON.\"}]"));
  }

  @Test
  void aBodyOfTheWrongShapeAnswers400AboutNoSingleField() {
    assertAnswer(
        http.post("/projects/1/tasks", "[\"Loom\"]"),
        400,
        metaBadRequest(
            """
            [{"field":null,"message":"The request body does not have the expected shape."}]
            """));
  }

  @Test
  void aBodyWithAnUnknownFieldAnswers400NamingThatField() {
    assertAnswer(
        http.post("/projects/1/tasks", "{\"title\": \"Loom\", \"colour\": \"red\"}"),
        400,
        metaBadRequest("[{\"field\":\"colour\",\"message\":\"is not a known field\"}]"));
  }

  @Test
  void aValueOfTheWrongTypeAnswers400NamingThatField() {
    assertAnswer(
        http.post("/projects/1/tasks", "{\"title\": {\"text\": \"Loom\"}}"),
        400,
        metaBadRequest(
            """
            [{"field":"title","message":"does not have the expected type or format"}]
            """));
  }

  @Test
  void aPathNoHandlerMatchesAnswers404InTheStyleOfThePath() {
    assertAnswer(
        http.get("/no/such/path"), 404, metaError(404, "Not Found", 1004, "Resource not found", NO_RESOURCE));
    assertAnswer(
        http.get("/projects/1/tasks/1/no/such/thing"),
        404,
        metaError(404, "Not Found", 1004, "Resource not found", NO_RESOURCE));
  }

  @Test
  void aPathVariableThatIsNotANumberMatchesNoResourceAsOnJakartaRest() {
    assertAnswer(
        http.get("/projects/one/tasks"),
        404,
        metaError(404, "Not Found", 1004, "Resource not found", NO_RESOURCE));
  }

  @Test
  void aMethodTheControllerDoesNotAnswerGets405WithItsAllowHeader() {
    HttpResponse<String> response = http.send("DELETE", "/projects/1/tasks", null, null, List.of());

    assertAnswer(
        response,
        405,
        metaError(
            405,
            "Method Not Allowed",
            405,
            "Method Not Allowed",
            "The resource does not answer this HTTP method."));
    assertEquals(
        new TreeSet<>(List.of("GET", "POST")),
        new TreeSet<>(List.of(response.headers().firstValue("Allow").orElseThrow().split(", *"))));
  }

  @Test
  void aMediaTypeTheHandlerDoesNotTakeGets415() {
    assertAnswer(
        http.send("POST", "/projects/1/tasks", "{}", "text/plain", List.of()),
        415,
        metaError(
            415,
            "Unsupported Media Type",
            415,
            "Unsupported Media Type",
            "The resource does not accept the media type of the request body."));
  }

  @Test
  void anAcceptTheEnvelopeCannotMeetGets406InJson() {
    assertAnswer(
        http.send("GET", "/projects/1/tasks/1", null, null, List.of("Accept", "text/csv")),
        406,
        metaError(
            406,
            "Not Acceptable",
            406,
            "Not Acceptable",
            "The resource cannot answer in a media type the request accepts."));
  }

  @Test
  void anUndeclaredExceptionAnswers500SaysNothingAndIsLoggedOnce(CapturedOutput output) {
    int before = count(output.getAll(), "reports.internal");

    HttpResponse<String> response = http.get("/projects/1/tasks/report");

    assertAnswer(response, 500, INTERNAL);
    for (String secret : List.of("jdbc", "s3cr3t", "reports.internal", "Exception", "at dev.")) {
      assertFalse(response.body().toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)));
      assertFalse(response.headers().map().toString().contains(secret), secret);
    }
    assertEquals(1, count(output.getAll(), "reports.internal") - before, output::getAll);
  }

  @Test
  void aFilterFailingOutsideAnyHandlerAnswersTheStyles500FromTheErrorPathLoggedOnce(
      CapturedOutput output) {
    int before = count(output.getAll(), FailingFilter.SECRET);

    HttpResponse<String> response =
        http.send("GET", "/projects/1/tasks/1", null, null, List.of("X-Fail", "throw"));

    assertAnswer(response, 500, INTERNAL);
    assertFalse(response.body().contains(FailingFilter.SECRET));
    assertEquals(1, count(output.getAll(), FailingFilter.SECRET) - before, output::getAll);
  }

  @Test
  void aSendErrorOutsideAnyHandlerAnswersInTheStyleOfThePath() {
    assertAnswer(
        http.send("GET", "/projects/1/tasks/1", null, null, List.of("X-Fail", "503")),
        503,
        metaError(503, "Service Unavailable", 503, "Service Unavailable", "Service Unavailable."));
  }

  @Test
  void theErrorPathAskedForDirectlyIsNoResource() {
    assertAnswer(
        http.get("/error"), 404, metaError(404, "Not Found", 1004, "Resource not found", NO_RESOURCE));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
