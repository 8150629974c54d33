package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertJsonContentType;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A style chosen for one method: {@code TaskResource.count} ({@code GET
 * /projects/{projectId}/tasks/count}) answers in the bare style, the value itself, while every
 * other method of {@code TaskResource} keeps the meta envelope. These tests change nothing, so they
 * share one server.
 */
class StylesPerMethodTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void countAnswers200WithTheBareNumberAndNothingAroundIt() {
    Response response = api.get("/projects/1/tasks/count");

    assertEquals(200, response.status(), () -> "status of " + response);
    assertJsonContentType(response);
    assertEquals(List.of(), response.header("Location"), () -> "Location of " + response);
    assertEquals("2", response.body(), () -> "body of " + response);
    assertEquals(IntNode.valueOf(2), response.json(), () -> "the JSON number itself: " + response);
  }

  @Test
  void countOfTheProjectWithTwelveTasksAnswersTwelve() {
    Response response = api.get("/projects/2/tasks/count");

    assertEquals(200, response.status(), () -> "status of " + response);
    assertJsonContentType(response);
    assertEquals("12", response.body(), () -> "body of " + response);
    assertEquals(IntNode.valueOf(12), response.json());
  }

  @Test
  void countOfAProjectWithoutTasksAnswersZero() {
    Response response = api.get("/projects/3/tasks/count");

    assertEquals(200, response.status(), () -> "status of " + response);
    assertJsonContentType(response);
    assertEquals("0", response.body(), () -> "body of " + response);
    assertEquals(IntNode.valueOf(0), response.json());
  }

  @Test
  void countOfAnUnknownProjectAnswersTheBare404() {
    assertBareError(
        api.get("/projects/99/tasks/count"), 404, "NOT_FOUND", "Project 99 does not exist.");
  }

  @Test
  void getOfAnUnknownTaskInTheSameClassStillAnswersTheMeta404WithCode1014() {
    assertEnvelope(
        api.get("/projects/1/tasks/99"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1014,
              "message": "Task not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 1 has no task 99."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void getOfATaskInTheSameClassStillAnswersTheMetaEnvelope() {
    assertEnvelope(
        api.get("/projects/1/tasks/2"),
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
              "data": {"id": 2, "project_id": 1, "title": "Review with the team", "done": false},
              "count": null,
              "pagination": null
            }
            """));
  }
}
