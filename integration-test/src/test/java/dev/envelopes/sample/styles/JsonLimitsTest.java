package dev.envelopes.sample.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.support.BareAssertions;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.LogCapture;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.StatusAssertions;
import dev.envelopes.sample.support.VendorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request body past one of the JSON reader's limits (Jackson's {@code StreamReadConstraints}: a
 * number of 2,000 digits, objects nested 2,000 deep, a 60,000-character name) is the client's
 * fault: each style answers it as it answers a body that is not JSON, with a message naming the
 * limits, over HTTP, and logs no stack trace for it.
 */
class JsonLimitsTest {

  private static final String PAST_A_LIMIT =
      "The request body exceeds a limit of the JSON reader: the length of a number, name or"
          + " string, or the depth of nesting.";

  private static final LogCapture CAPTURE = new LogCapture();

  private static SampleApi api;

  /** A body past one limit, by the limit. */
  private record Body(String limit, String json) {
    @Override
    public String toString() {
      return limit;
    }
  }

  @BeforeAll
  static void start() {
    api = SampleApi.start();
    CAPTURE.captureRoot();
  }

  @AfterAll
  static void stop() {
    CAPTURE.releaseRoot();
    api.close();
  }

  @BeforeEach
  void clearLog() {
    CAPTURE.clear();
  }

  static List<Body> bodies() {
    return List.of(
        new Body("a number of 2,000 digits", "{\"name\": " + "7".repeat(2000) + "}"),
        new Body(
            "objects nested 2,000 deep",
            "{\"name\": \"x\", \"extra\": " + "{\"a\": ".repeat(2000) + "1" + "}".repeat(2001)),
        new Body(
            "arrays nested 2,000 deep",
            "{\"name\": \"x\", \"extra\": " + "[".repeat(2000) + "]".repeat(2000) + "}"),
        new Body("a name of 60,000 characters", "{\"" + "n".repeat(60_000) + "\": 1}"));
  }

  /** The create endpoint of each style, by style. */
  static List<String> paths() {
    return List.of("/projects", "/contacts", "/notes", "/lists");
  }

  /** Asserts the answer of the endpoint at {@code path} to a body past a limit. */
  private static void assertPastALimit(String path, Response response) {
    switch (path) {
      case "/projects" ->
          EnvelopeAssertions.assertEnvelope(
              response,
              400,
              SampleApi.json(
                  """
                  {
                    "success": false, "code": 1001, "message": "Invalid request",
                    "status_code": 400, "status_message": "Bad Request",
                    "detailed": [{"field": null, "message": "%s"}],
                    "data": null, "count": null, "pagination": null
                  }
                  """,
                  PAST_A_LIMIT));
      case "/contacts" -> BareAssertions.assertValidationError(response, PAST_A_LIMIT);
      case "/notes" ->
          StatusAssertions.assertStatusEnvelope(
              response, 422, StatusAssertions.failure(PAST_A_LIMIT));
      default ->
          VendorAssertions.assertBadRequest(
              response, VendorAssertions.error("invalid_attribute", PAST_A_LIMIT));
    }
  }

  static List<Arguments> everyBodyInEveryStyle() {
    List<Arguments> cases = new ArrayList<>();
    for (String path : paths()) {
      for (Body body : bodies()) {
        cases.add(Arguments.of(path, body));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyBodyInEveryStyle")
  void bodyPastAJsonLimitAnswersTheStylesBadRequestAndLogsNoStackTrace(String path, Body body) {
    assertPastALimit(path, api.post(path, body.json()));

    List<LogRecord> logged =
        CAPTURE.records().stream()
            .filter(record -> record.getLevel().intValue() >= Level.INFO.intValue())
            .toList();
    assertTrue(logged.size() <= 1, () -> "more than one log record: " + logged.size());
    for (LogRecord record : logged) {
      assertNull(record.getThrown(), () -> "a stack trace in the log: " + record.getThrown());
      assertEquals(-1, record.getMessage().indexOf('\n'), "one line");
    }
  }
}
