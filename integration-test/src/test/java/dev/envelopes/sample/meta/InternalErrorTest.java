package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.SampleSecrets;
import dev.envelopes.sample.support.LogCapture;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.SampleRuntime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 500 in the envelope: the report service fails with an exception that no {@code @ApiError} or
 * {@code @MapException} declares, whose message holds a database URL with a password. The client
 * sees the generic envelope and nothing of the exception. These tests change nothing, so they share
 * one server.
 */
class InternalErrorTest {

  /** What the exception, its class, its stack or its message would give away. */
  private static final List<String> SECRETS =
      List.of(
          "jdbc",
          "s3cr3t",
          "reports.internal",
          "IllegalStateException",
          "ReportService",
          "at dev.",
          "Exception");

  /**
   * The logger the generated code writes the 500's failure to, through {@code System.Logger}: the
   * runtime's binding names it.
   */
  private static final Logger FAILURE_LOG =
      Logger.getLogger(SampleRuntime.current().internalErrorLogger());

  /** Keeps what it logs for the assertions below, instead of printing it to the console. */
  private static final LogCapture LOGGED = new LogCapture();

  private static SampleApi api;

  @BeforeAll
  static void start() {
    FAILURE_LOG.addHandler(LOGGED);
    FAILURE_LOG.setUseParentHandlers(false);
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
    FAILURE_LOG.removeHandler(LOGGED);
    FAILURE_LOG.setUseParentHandlers(true);
  }

  @Test
  void undeclaredExceptionAnswers500WithTheGenericEnvelope() {
    assertEnvelope(
        api.get("/projects/1/report"),
        500,
        json(
            """
            {
              "success": false,
              "code": 1000,
              "message": "Internal error",
              "status_code": 500,
              "status_message": "Internal Server Error",
              "detailed": [
                "The server could not complete the request; the failure has been logged."
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void undeclaredExceptionLeaksNothingInTheBodyOrTheHeaders() {
    Response response = api.get("/projects/1/report");

    for (String secret : SECRETS) {
      assertFalse(
          response.body().contains(secret),
          () -> "the body gives away " + secret + ": " + response);
      assertFalse(
          response.body().toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
          () -> "the body gives away " + secret + ", in some case: " + response);
      for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
        assertFalse(
            header.getValue().toString().contains(secret),
            () -> "header " + header + " gives away " + secret);
      }
    }
  }

  @Test
  void undeclaredExceptionGoesToTheServerLogOnceWithItsFullDetail() {
    LOGGED.clear();

    api.get("/projects/1/report");

    assertEquals(1, LOGGED.records().size(), () -> "logged: " + LOGGED.records());
    LogRecord record = LOGGED.records().get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(IllegalStateException.class, record.getThrown().getClass());
    assertTrue(
        record.getThrown().getMessage().contains(SampleSecrets.REPORT_DATABASE),
        () -> "the log lost the exception's message: " + record.getThrown());
  }

  @Test
  void reportOfAnUnknownProjectAnswers404BeforeTheServiceFails() {
    assertEnvelope(
        api.get("/projects/99/report"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 99 does not exist."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }
}
