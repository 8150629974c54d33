package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks of {@code offset} and {@code limit}: each must be given at most once, as plain ASCII
 * digits, within its range (projects: offset a long, limit 1 to 100; tasks: offset an int, limit 1
 * to 50). Anything else answers 400 naming the parameter, before the resource method runs. These
 * tests change nothing, so they share one server; the defaults are in {@link PagingDefaultsTest}.
 */
class PagingParametersTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "offset=\"{0}\"")
  @ValueSource(
      strings = {
        "-1",
        "abc",
        "+5",
        "1e3",
        "1.5",
        "0x10",
        " 1",
        "1 ",
        "9223372036854775808",
        "99999999999999999999",
        "\u0661"
      })
  void refusedOffsetOfProjectsAnswers400NamingOffset(String offset) {
    assertEnvelope(
        api.get("/projects?offset=" + encode(offset) + "&limit=4"),
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
                {
                  "field": "offset",
                  "message": "must be given once, as a whole number from 0 to 9223372036854775807"
                }
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @ParameterizedTest(name = "limit=\"{0}\"")
  @ValueSource(
      strings = {
        "0",
        "-1",
        "101",
        "abc",
        "+5",
        "1e3",
        "2.0",
        "2147483648",
        "99999999999999999999",
        "\u0665"
      })
  void refusedLimitOfProjectsAnswers400NamingLimit(String limit) {
    assertEnvelope(
        api.get("/projects?offset=0&limit=" + encode(limit)),
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
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 100"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @ParameterizedTest(name = "offset=\"{0}\"")
  @ValueSource(strings = {"-1", "abc", "+5", "1e3", "2147483648", "9223372036854775807"})
  void refusedOffsetOfTasksAnswers400NamingOffsetWithTheIntRange(String offset) {
    assertEnvelope(
        api.get("/projects/2/tasks?offset=" + encode(offset)),
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
                {"field": "offset", "message": "must be given once, as a whole number from 0 to 2147483647"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @ParameterizedTest(name = "limit=\"{0}\"")
  @ValueSource(strings = {"0", "-1", "51", "100", "abc", "+5", "1e3"})
  void refusedLimitOfTasksAnswers400NamingLimitWithTheTasksMaximum(String limit) {
    assertEnvelope(
        api.get("/projects/2/tasks?limit=" + encode(limit)),
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
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 50"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void badOffsetAndBadLimitTogetherAnswer400WithTwoEntriesOffsetFirst() {
    assertEnvelope(
        api.get("/projects?limit=abc&offset=-1"),
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
                {
                  "field": "offset",
                  "message": "must be given once, as a whole number from 0 to 9223372036854775807"
                },
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 100"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void offsetOfTasksOverIntMaxAndLimitOver50TogetherAnswer400WithTwoEntries() {
    assertEnvelope(
        api.get("/projects/2/tasks?offset=2147483648&limit=51"),
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
                {"field": "offset", "message": "must be given once, as a whole number from 0 to 2147483647"},
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 50"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"offset=4&offset=4", "offset=0&offset=4", "offset=&offset=4"})
  void repeatedOffsetAnswers400NamingOffset(String query) {
    assertEnvelope(
        api.get("/projects?" + query),
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
                {
                  "field": "offset",
                  "message": "must be given once, as a whole number from 0 to 9223372036854775807"
                }
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"limit=2&limit=2", "limit=2&limit=3", "limit=&limit=2"})
  void repeatedLimitAnswers400NamingLimit(String query) {
    assertEnvelope(
        api.get("/projects/2/tasks?" + query),
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
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 50"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void badPagingIsRefusedBeforeTheResourceLooksForTheProject() {
    assertEnvelope(
        api.get("/projects/99/tasks?limit=0"),
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
                {"field": "limit", "message": "must be given once, as a whole number from 1 to 50"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void limit100IsTheLargestLimitOfProjects() {
    assertEnvelope(
        api.get("/projects?owner=ada&limit=100"),
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
  void limit50IsTheLargestLimitOfTasks() {
    assertEnvelope(
        api.get("/projects/1/tasks?limit=50"),
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
                {"id": 1, "project_id": 1, "title": "Write the outline", "done": false},
                {"id": 2, "project_id": 1, "title": "Review with the team", "done": false}
              ],
              "count": 2,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }

  @Test
  void offset2147483647IsTheLargestOffsetOfTasks() {
    assertEnvelope(
        api.get("/projects/2/tasks?offset=2147483647"),
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
              "count": 12,
              "pagination": {"next": null, "prev": "/projects/2/tasks?offset=2&limit=10"}
            }
            """));
  }

  @Test
  void offsetLongMaxIsTheLargestOffsetOfProjects() {
    assertEnvelope(
        api.get("/projects?offset=9223372036854775807&limit=4"),
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
              "pagination": {"next": null, "prev": "/projects?offset=5&limit=4"}
            }
            """));
  }
}
