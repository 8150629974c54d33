package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The successful answers of the document: 200 with a record, 201 for a POST that creates (with the
 * {@code Location} of the new resource and its id in {@code data}), 200 for a PATCH (with the
 * {@code Location} of the modified resource and no data), and 200 for a DELETE (no data, no {@code
 * Location}).
 */
class SuccessfulAnswersTest {

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
  void getOfAProjectAnswers200WithTheProjectInDataAndNoCountOrPagination() {
    assertEnvelope(
        api.get("/projects/1"),
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
              "data": {"id": 1, "name": "Analytical Engine", "owner": "ada"},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void getOfATaskAnswers200WithTheTaskInDataAndSnakeCaseKeys() {
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

  @Test
  void postOfAProjectAnswers201WithTheLocationOfTheNewProjectAndItsIdAsANumberInData() {
    Response created = api.post("/projects", "{\"name\": \"Plankalkül\", \"owner\": \"zuse\"}");

    assertEnvelope(
        created,
        201,
        "/projects/10",
        json(
            """
            {
              "success": true,
              "code": 603,
              "message": "Resource created",
              "status_code": 201,
              "status_message": "Created",
              "detailed": null,
              "data": 10,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get(created.location()),
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
              "data": {"id": 10, "name": "Plankalkül", "owner": "zuse"},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void postOfATaskAnswers201WithTheLocationOfTheNewTaskUnderItsProjectAndItsIdInData() {
    Response created = api.post("/projects/3/tasks", "{\"title\": \"Tabulate B7\"}");

    assertEnvelope(
        created,
        201,
        "/projects/3/tasks/15",
        json(
            """
            {
              "success": true,
              "code": 603,
              "message": "Resource created",
              "status_code": 201,
              "status_message": "Created",
              "detailed": null,
              "data": 15,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get(created.location()),
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
              "data": {"id": 15, "project_id": 3, "title": "Tabulate B7", "done": false},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void patchOfAProjectAnswers200WithTheLocationOfTheProjectAndNullDataThenGetShowsTheNewName() {
    assertEnvelope(
        api.patch("/projects/2", "{\"name\": \"Sketch of the Analytical Engine\"}"),
        200,
        "/projects/2",
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get("/projects/2"),
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
              "data": {"id": 2, "name": "Sketch of the Analytical Engine", "owner": "ada"},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void patchOfATaskAnswers200WithTheLocationOfTheTaskAndNullDataThenGetShowsItDone() {
    assertEnvelope(
        api.patch("/projects/1/tasks/2", "{\"done\": true}"),
        200,
        "/projects/1/tasks/2",
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
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
              "data": {"id": 2, "project_id": 1, "title": "Review with the team", "done": true},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void deleteByTheOwnerAnswers200WithNullDataAndNoLocationThenTheProjectIsNotFound() {
    assertEnvelope(
        api.delete("/projects/4", "grace-key"),
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
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get("/projects/4"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 4 does not exist."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get("/projects?owner=grace"),
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
              "data": [
                {"id": 5, "name": "COBOL", "owner": "grace"},
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"}
              ],
              "count": 2,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }
}
