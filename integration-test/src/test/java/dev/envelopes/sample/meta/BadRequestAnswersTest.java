package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 400 in the envelope for request bodies and query parameters: {@code detailed} is a list of {@code
 * {field, message}}, one entry per invalid field, {@code field} null for a problem that concerns no
 * single field. (The paging parameters have their own test class.)
 */
class BadRequestAnswersTest {

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
  void postOfAProjectWithTwoInvalidFieldsAnswers400WithOneEntryPerFieldAndCreatesNothing() {
    assertEnvelope(
        api.post("/projects", "{\"name\": \"\", \"owner\": \"   \"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": "name", "message": "must not be blank"},
                {"field": "owner", "message": "must not be blank"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get("/projects?offset=9"),
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
              "data": [],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=0&limit=9"}
            }
            """));
  }

  @Test
  void postOfAProjectWithMissingFieldsAnswers400NamingEachMissingField() {
    assertEnvelope(
        api.post("/projects", "{}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": "name", "message": "must not be blank"},
                {"field": "owner", "message": "must not be blank"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void postOfAProjectWithOneInvalidFieldAnswers400NamingOnlyThatField() {
    String tooLong = "x".repeat(81);
    assertEnvelope(
        api.post("/projects", "{\"name\": \"" + tooLong + "\", \"owner\": \"ada\"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "name", "message": "size must be between 0 and 80"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void aFieldBreakingTwoRulesGetsOneEntryWithBothMessages() {
    String blankAndTooLong = " ".repeat(81);
    assertEnvelope(
        api.post("/projects", "{\"name\": \"" + blankAndTooLong + "\", \"owner\": \"ada\"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": "name", "message": "must not be blank; size must be between 0 and 80"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void patchOfAProjectWithABlankNameAnswers400NamingTheField() {
    assertEnvelope(
        api.patch("/projects/1", "{\"name\": \"\"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "name", "message": "must not be blank"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void postOfATaskWithoutTitleAnswers400NamingTheField() {
    assertEnvelope(
        api.post("/projects/1/tasks", "{}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "title", "message": "must not be blank"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void patchOfATaskWithNullDoneAnswers400NamingTheField() {
    assertEnvelope(
        api.patch("/projects/1/tasks/1", "{\"done\": null}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "done", "message": "must not be null"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void postWithoutBodyAnswers400NamingTheBody() {
    assertEnvelope(
        api.post("/projects", ""),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "body", "message": "must not be null"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void malformedJsonBodyAnswers400WithADetailAboutNoSingleField() {
    assertEnvelope(
        api.post("/projects", "{\"name\": \"Difference Engine No. 2\","),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": null, "message": "The request body is not valid JSON."}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void bodyWithAnUnknownFieldAnswers400NamingThatField() {
    assertEnvelope(
        api.post("/projects", "{\"name\": \"Loom\", \"owner\": \"ada\", \"colour\": \"red\"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": "colour", "message": "is not a known field"}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void bodyWithAValueOfTheWrongTypeAnswers400NamingThatField() {
    assertEnvelope(
        api.patch("/projects/1/tasks/1", "{\"done\": \"maybe\"}"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": "done", "message": "does not have the expected type or format"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void bodyOfTheWrongShapeAnswers400WithADetailAboutNoSingleField() {
    assertEnvelope(
        api.post("/projects", "[\"Loom\", \"ada\"]"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": null, "message": "The request body does not have the expected shape."}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void unknownSortOrderAnswers400FromIllegalArgumentExceptionWithADetailAboutNoSingleField() {
    assertEnvelope(
        api.get("/projects?sort=colour"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [{"field": null, "message": "A parameter of the request is not valid."}],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }
}
