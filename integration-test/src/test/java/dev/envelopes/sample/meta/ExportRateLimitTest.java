package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429 in the envelope: a project can be exported once a minute. The store's clock moves only when a
 * test advances it, so the minute is exact and nothing sleeps.
 */
class ExportRateLimitTest {

  private SampleApi api;

  @BeforeEach
  void start() {
    api = SampleApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void firstExportAnswers200WithTheExportInDataAndNoLocation() {
    assertExportStarted(1, "2026-03-02T09:00:00Z");
  }

  @Test
  void secondExportWithinAMinuteAnswers429TooManyRequests() {
    assertExportStarted(1, "2026-03-02T09:00:00Z");

    assertExportRefused(1);
  }

  @Test
  void exportIsStillRefusedOneSecondBeforeTheMinuteIsOver() {
    assertExportStarted(1, "2026-03-02T09:00:00Z");
    api.advanceClock(Duration.ofSeconds(59));

    assertExportRefused(1);
  }

  @Test
  void exportSucceedsAgainAfterTheClockAdvancesAMinute() {
    assertExportStarted(1, "2026-03-02T09:00:00Z");
    assertExportRefused(1);
    api.advanceClock(Duration.ofMinutes(1));

    assertExportStarted(1, "2026-03-02T09:01:00Z");
    assertExportRefused(1);
  }

  @Test
  void exportOfOneProjectDoesNotLimitAnother() {
    assertExportStarted(1, "2026-03-02T09:00:00Z");

    assertExportStarted(2, "2026-03-02T09:00:00Z");
  }

  @Test
  void exportOfAnUnknownProjectAnswers404() {
    assertEnvelope(
        api.post("/projects/99/exports"),
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

  private void assertExportStarted(int project, String at) {
    assertEnvelope(
        api.post("/projects/" + project + "/exports"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": {"project_id": %s, "started_at": "%s"},
              "count": null,
              "pagination": null
            }
            """,
            project, at));
  }

  private void assertExportRefused(int project) {
    assertEnvelope(
        api.post("/projects/" + project + "/exports"),
        429,
        json(
            """
            {
              "success": false,
              "code": 1006,
              "message": "Rate limit exceeded",
              "status_code": 429,
              "status_message": "Too Many Requests",
              "detailed": ["Project %s can be exported once a minute."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """,
            project));
  }
}
