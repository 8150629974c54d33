package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's milestones: a failed future's {@code CompletionException} answers as the exception it
 * wraps, as a failed {@code CompletionStage} does; methods that opt out with {@code @Unenveloped}
 * answer exactly what they return, in their own media type, while their exceptions still answer in
 * the envelope.
 */
class AsyncAndOptOutTest {

  /** The answer to milestone 9, which does not exist, from any method of the resource. */
  private static final JsonNode MILESTONE_9_NOT_FOUND =
      json(
          """
          {
            "success": false,
            "code": 1004,
            "message": "Resource not found",
            "status_code": 404,
            "status_message": "Not Found",
            "detailed": ["Milestone 9 does not exist."],
            "data": null,
            "count": null,
            "pagination": null
          }
          """);

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
  void resultOfAFutureAnswersInTheEnvelope() {
    assertEnvelope(
        api.get("/milestones/2"),
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
              "data": {"id": 2, "name": "Build", "done": false},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void completionExceptionAnswersAsTheExceptionItWraps() {
    assertEnvelope(api.get("/milestones/9"), 404, MILESTONE_9_NOT_FOUND);
  }

  @Test
  void optedOutMethodAnswersExactlyWhatItReturns() {
    Response export = api.getWith("/milestones/1/export", "Accept", "text/csv");

    assertEquals(200, export.status(), () -> "status of " + export);
    assertEquals(
        List.of(ContainerDifferences.current().textContentType("text/csv")),
        export.header("Content-Type"));
    assertEquals(
        List.of("attachment; filename=\"milestone-1.csv\""), export.header("Content-Disposition"));
    assertEquals("id,name,done\n1,Design,true\n", export.body());
  }

  @Test
  void optedOutPlainTextMethodAnswersPlainText() {
    Response health = api.getWith("/milestones/health", "Accept", "text/plain");

    assertEquals(200, health.status(), () -> "status of " + health);
    assertEquals(
        List.of(ContainerDifferences.current().textContentType("text/plain")),
        health.header("Content-Type"));
    assertEquals("ok", health.body());
  }

  @Test
  void exceptionOfAnOptedOutMethodStillAnswersInTheEnvelope() {
    assertEnvelope(
        api.getWith("/milestones/9/export", "Accept", "text/csv"), 404, MILESTONE_9_NOT_FOUND);
  }
}
