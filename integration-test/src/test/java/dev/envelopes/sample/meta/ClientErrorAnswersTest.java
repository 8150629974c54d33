package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 401, 403, 404 and 409 in the envelope: {@code success} false, the API's code for the status, and
 * {@code detailed} a list of sentences. A refused request changes nothing.
 */
class ClientErrorAnswersTest {

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
  void deleteWithoutApiKeyAnswers401AndKeepsTheProject() {
    assertEnvelope(
        api.delete("/projects/1"),
        401,
        json(
            """
            {
              "success": false,
              "code": 1002,
              "message": "Authentication required",
              "status_code": 401,
              "status_message": "Unauthorized",
              "detailed": ["Send a valid X-Api-Key header."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertProjectOneUnchanged();
  }

  @Test
  void deleteWithAnUnknownApiKeyAnswers401() {
    assertEnvelope(
        api.delete("/projects/1", "babbage-key"),
        401,
        json(
            """
            {
              "success": false,
              "code": 1002,
              "message": "Authentication required",
              "status_code": 401,
              "status_message": "Unauthorized",
              "detailed": ["Send a valid X-Api-Key header."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertProjectOneUnchanged();
  }

  @Test
  void deleteWithAnotherUsersApiKeyAnswers403AndKeepsTheProject() {
    assertEnvelope(
        api.delete("/projects/1", "grace-key"),
        403,
        json(
            """
            {
              "success": false,
              "code": 1003,
              "message": "Permission denied",
              "status_code": 403,
              "status_message": "Forbidden",
              "detailed": ["grace does not own project 1."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertProjectOneUnchanged();
  }

  @Test
  void getOfAnUnknownProjectAnswers404WithTheApisNotFoundCode() {
    assertEnvelope(
        api.get("/projects/99"),
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

  @Test
  void anAcceptedTypeTheMethodDoesNotProduceAnswers406InTheEnvelope() {
    assertEnvelope(
        api.getWith("/projects/1", "Accept", "text/csv"),
        406,
        json(
            """
            {
              "success": false,
              "code": 406,
              "message": "Not Acceptable",
              "status_code": 406,
              "status_message": "Not Acceptable",
              "detailed": ["The resource cannot answer in a media type the request accepts."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void getOfAnUnknownTaskAnswers404WithTheTasksOwnCode1014() {
    // Task 3 exists, but in project 2.
    assertEnvelope(
        api.get("/projects/1/tasks/3"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1014,
              "message": "Task not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 1 has no task 3."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void patchOfAnUnknownTaskAnswers404WithTheTasksOwnCode1014() {
    assertEnvelope(
        api.patch("/projects/1/tasks/99", "{\"done\": true}"),
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
  void tasksOfAnUnknownProjectAnswer404WithTheApisNotFoundCode() {
    assertEnvelope(
        api.get("/projects/99/tasks"),
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

  @Test
  void aPathNoResourceMatchesAnswers404InTheEnvelopeWithTheFrameworksFixedSentence() {
    assertEnvelope(
        api.get("/no/such/path"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["No resource matches the request."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void aProjectIdThatIsNotANumberMatchesNoResourceAndAnswers404() {
    assertEnvelope(
        api.get("/projects/one"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["No resource matches the request."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void postOfAProjectWithATakenNameAnswers409AndCreatesNothing() {
    assertEnvelope(
        api.post("/projects", "{\"name\": \"COBOL\", \"owner\": \"ada\"}"),
        409,
        json(
            """
            {
              "success": false,
              "code": 1005,
              "message": "Resource already exists",
              "status_code": 409,
              "status_message": "Conflict",
              "detailed": ["A project named \\"COBOL\\" already exists."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertEnvelope(
        api.get("/projects?owner=ada"),
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
                {"id": 1, "name": "Analytical Engine", "owner": "ada"},
                {"id": 2, "name": "Notes on the Engine", "owner": "ada"},
                {"id": 3, "name": "Bernoulli numbers", "owner": "ada"}
              ],
              "count": 3,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }

  @Test
  void patchRenamingAProjectToATakenNameAnswers409AndKeepsItsName() {
    assertEnvelope(
        api.patch("/projects/1", "{\"name\": \"COBOL\"}"),
        409,
        json(
            """
            {
              "success": false,
              "code": 1005,
              "message": "Resource already exists",
              "status_code": 409,
              "status_message": "Conflict",
              "detailed": ["A project named \\"COBOL\\" already exists."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
    assertProjectOneUnchanged();
  }

  private void assertProjectOneUnchanged() {
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
}
