package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An absent or empty {@code offset} or {@code limit} takes its default: offset 0, and the limit's
 * {@code @DefaultValue}, 25 for projects and 10 for tasks. The seed gets 21 more projects (10-30,
 * zuse's) so that the default limit of projects shows; project 2 has 12 tasks.
 */
class PagingDefaultsTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
    for (int id = 10; id <= 30; id++) {
      api.addProject(extraProjectName(id), "zuse");
    }
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "/projects{0}")
  @ValueSource(strings = {"", "?offset=&limit=", "?offset=", "?limit=", "?offset=0", "?limit=25"})
  void projectsWithoutOffsetOrLimitAnswerTheFirst25(String query) {
    assertEnvelope(
        api.get("/projects" + query),
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
              "data": %s,
              "count": 30,
              "pagination": {"next": "/projects?offset=25&limit=25", "prev": null}
            }
            """,
            projects(1, 25)));
  }

  @ParameterizedTest(name = "/projects/2/tasks{0}")
  @ValueSource(strings = {"", "?offset=&limit=", "?offset=", "?limit=", "?offset=0", "?limit=10"})
  void tasksWithoutOffsetOrLimitAnswerTheFirst10(String query) {
    assertEnvelope(
        api.get("/projects/2/tasks" + query),
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
                {"id": 3, "project_id": 2, "title": "Note 1", "done": false},
                {"id": 4, "project_id": 2, "title": "Note 2", "done": false},
                {"id": 5, "project_id": 2, "title": "Note 3", "done": false},
                {"id": 6, "project_id": 2, "title": "Note 4", "done": false},
                {"id": 7, "project_id": 2, "title": "Note 5", "done": false},
                {"id": 8, "project_id": 2, "title": "Note 6", "done": false},
                {"id": 9, "project_id": 2, "title": "Note 7", "done": false},
                {"id": 10, "project_id": 2, "title": "Note 8", "done": false},
                {"id": 11, "project_id": 2, "title": "Note 9", "done": false},
                {"id": 12, "project_id": 2, "title": "Note 10", "done": false}
              ],
              "count": 12,
              "pagination": {"next": "/projects/2/tasks?offset=10&limit=10", "prev": null}
            }
            """));
  }

  private static String extraProjectName(int id) {
    return "Project " + id;
  }

  /** Projects {@code from} to {@code to} of the seed and of this class, as a JSON array. */
  private static String projects(int from, int to) {
    ArrayNode array = new ObjectMapper().createArrayNode();
    for (int id = from; id <= to; id++) {
      boolean seeded = id <= SampleApi.PROJECTS.length;
      array
          .addObject()
          .put("id", id)
          .put("name", seeded ? SampleApi.PROJECTS[id - 1][0] : extraProjectName(id))
          .put("owner", seeded ? SampleApi.PROJECTS[id - 1][1] : "zuse");
    }
    return array.toString();
  }
}
