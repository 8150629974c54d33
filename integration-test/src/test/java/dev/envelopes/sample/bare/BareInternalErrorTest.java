package dev.envelopes.sample.bare;

import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.SampleApi.contactId;
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
 * 500 in the bare style: the avatar of a contact fails with an exception that no {@code @ApiError}
 * or {@code @MapException} declares, whose message holds an internal store address and a secret.
 * The client sees the document's generic {@code INTERNAL_ERROR} and nothing of the exception, which
 * goes to the log. These tests change nothing, so they share one server.
 */
class BareInternalErrorTest {

  /** What the exception, its class, its stack or its message would give away. */
  private static final List<String> SECRETS =
      List.of(
          "s3cr3t",
          "avatars-internal",
          "s3://",
          "IllegalStateException",
          "ContactResource",
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
  void undeclaredExceptionAnswers500InternalErrorWithTheDocumentsMessage() {
    assertBareError(
        api.get("/contacts/" + contactId(1) + "/avatar"),
        500,
        "INTERNAL_ERROR",
        "An unexpected error occurred while processing the request");
  }

  @Test
  void undeclaredExceptionLeaksNothingInTheBodyOrTheHeaders() {
    Response response = api.get("/contacts/" + contactId(1) + "/avatar");

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

    api.get("/contacts/" + contactId(1) + "/avatar");

    assertEquals(1, LOGGED.records().size(), () -> "logged: " + LOGGED.records());
    LogRecord record = LOGGED.records().get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(IllegalStateException.class, record.getThrown().getClass());
    assertTrue(
        record.getThrown().getMessage().contains("s3://avatars-internal/" + contactId(1)),
        () -> "the log lost the exception's message: " + record.getThrown());
    assertTrue(
        record.getThrown().getMessage().contains("s3cr3t-avatar"),
        () -> "the log lost the exception's message: " + record.getThrown());
  }

  @Test
  void avatarOfAnUnknownContactAnswers404BeforeTheStoreFails() {
    LOGGED.clear();

    assertBareError(
        api.get("/contacts/" + contactId(9) + "/avatar"),
        404,
        "NOT_FOUND",
        "Contact 00000000-0000-0000-0000-000000000009 does not exist.");
    assertEquals(List.of(), LOGGED.records(), "a 404 is not logged as a failure");
  }
}
