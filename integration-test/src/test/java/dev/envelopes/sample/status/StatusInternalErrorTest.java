package dev.envelopes.sample.status;

import static dev.envelopes.sample.support.StatusAssertions.assertNoteNotFound;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * 500 in the status envelope: the attachments of a note fail with an exception that no
 * {@code @ApiError} or {@code @MapException} declares, whose message holds an internal address and
 * a secret. The client sees an {@code error} with the style's generic message, empty {@code
 * errors}, no {@code data} and no {@code code}, and nothing of the exception, which goes to the
 * log. These tests change nothing, so they share one server.
 */
class StatusInternalErrorTest {

  /** What the exception, its class, its stack or its message would give away. */
  private static final List<String> SECRETS =
      List.of(
          "s3cr3t",
          "files.internal",
          "https://",
          "IllegalStateException",
          "NoteResource",
          "Exception",
          "at dev.");

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
  void undeclaredExceptionAnswers500ErrorWithTheGenericMessageAndNoCode() {
    assertStatusEnvelope(
        api.get("/notes/1/attachments"),
        500,
        SampleApi.json(
            """
            {
              "status": "error",
              "message": "The server could not complete the request; the failure has been logged.",
              "errors": []
            }
            """));
  }

  @Test
  void undeclaredExceptionLeaksNothingInTheBodyOrTheHeaders() {
    Response response = api.get("/notes/1/attachments");

    assertEquals(500, response.status(), () -> "status of " + response);
    for (String secret : SECRETS) {
      assertFalse(
          response.body().toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
          () -> "the body gives away " + secret + ": " + response);
      for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
        assertFalse(
            header
                .getValue()
                .toString()
                .toLowerCase(Locale.ROOT)
                .contains(secret.toLowerCase(Locale.ROOT)),
            () -> "header " + header + " gives away " + secret);
      }
    }
  }

  @Test
  void undeclaredExceptionGoesToTheServerLogOnceWithItsFullDetail() {
    LOGGED.clear();

    api.get("/notes/1/attachments");

    assertEquals(1, LOGGED.records().size(), () -> "logged: " + LOGGED.records());
    LogRecord record = LOGGED.records().get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(IllegalStateException.class, record.getThrown().getClass());
    assertEquals(
        "attachment store at https://files.internal/?key=s3cr3t-notes",
        record.getThrown().getMessage(),
        "the log keeps the exception's message");
    assertTrue(
        List.of(record.getThrown().getStackTrace()).stream()
            .anyMatch(
                frame ->
                    frame
                        .getClassName()
                        .endsWith(SampleRuntime.current().handlerClass("NoteResource"))),
        () -> "the log lost the exception's stack: " + record.getThrown());
  }

  @Test
  void attachmentsOfAnUnknownNoteAnswer404BeforeTheStoreFailsAndAreNotLogged() {
    LOGGED.clear();

    assertNoteNotFound(api.get("/notes/9/attachments"), 9);
    assertEquals(List.of(), LOGGED.records(), "a 404 is not logged as a failure");
  }
}
