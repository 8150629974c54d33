package dev.envelopes.sample;

import static dev.envelopes.sample.Answers.assertAnswer;
import static dev.envelopes.sample.Answers.metaBadRequest;
import static dev.envelopes.sample.Answers.metaError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Offset and limit paging in the meta envelope, request for request as the Jersey sample answers
 * (integration-test: meta/PaginationTest, PagingDefaultsTest, PagingParametersTest): the checks
 * run before Spring converts the parameters, and before the handler runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagingTest {

  private static final String FIRST_TEN =
      """
      [{"id":3,"project_id":2,"title":"Note 1","done":false},
       {"id":4,"project_id":2,"title":"Note 2","done":false},
       {"id":5,"project_id":2,"title":"Note 3","done":false},
       {"id":6,"project_id":2,"title":"Note 4","done":false},
       {"id":7,"project_id":2,"title":"Note 5","done":false},
       {"id":8,"project_id":2,"title":"Note 6","done":false},
       {"id":9,"project_id":2,"title":"Note 7","done":false},
       {"id":10,"project_id":2,"title":"Note 8","done":false},
       {"id":11,"project_id":2,"title":"Note 9","done":false},
       {"id":12,"project_id":2,"title":"Note 10","done":false}]
      """;

  @LocalServerPort private int port;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @ParameterizedTest(name = "/projects/2/tasks{0}")
  @ValueSource(strings = {"", "?offset=&limit=", "?offset=", "?limit=", "?offset=0", "?limit=10"})
  void tasksWithoutOffsetOrLimitAnswerTheFirst10(String query) {
    assertAnswer(
        http.get("/projects/2/tasks" + query),
        200,
        """
        {"success":true,"code":602,"message":"Request OK","status_code":200,"status_message":"OK",
         "detailed":null,"data":%s,"count":12,
         "pagination":{"next":"/projects/2/tasks?offset=10&limit=10","prev":null}}
        """
            .formatted(FIRST_TEN));
  }

  @Test
  void linksKeepTheProjectPathAndTheDoneFilterAndPrevNeverOverlaps() {
    assertAnswer(
        http.get("/projects/2/tasks?done=false&offset=3&limit=2"),
        200,
        """
        {"success":true,"code":602,"message":"Request OK","status_code":200,"status_message":"OK",
         "detailed":null,
         "data":[{"id":6,"project_id":2,"title":"Note 4","done":false},
                 {"id":7,"project_id":2,"title":"Note 5","done":false}],
         "count":12,
         "pagination":{"next":"/projects/2/tasks?done=false&offset=5&limit=2",
                       "prev":"/projects/2/tasks?done=false&offset=1&limit=2"}}
        """);
  }

  @Test
  void offset2147483647IsTheLargestOffsetOfTasks() {
    assertAnswer(
        http.get("/projects/2/tasks?offset=2147483647"),
        200,
        """
        {"success":true,"code":602,"message":"Request OK","status_code":200,"status_message":"OK",
         "detailed":null,"data":[],"count":12,
         "pagination":{"next":null,"prev":"/projects/2/tasks?offset=2&limit=10"}}
        """);
  }

  @Test
  void aParameterTheMethodDoesNotDeclareIsNotRepeatedInTheLinks() {
    assertAnswer(
        http.get("/projects/2/tasks?colour=red&offset=10&limit=1"),
        200,
        """
        {"success":true,"code":602,"message":"Request OK","status_code":200,"status_message":"OK",
         "detailed":null,"data":[{"id":13,"project_id":2,"title":"Note 11","done":false}],"count":12,
         "pagination":{"next":"/projects/2/tasks?offset=11&limit=1",
                       "prev":"/projects/2/tasks?offset=9&limit=1"}}
        """);
  }

  @ParameterizedTest(name = "offset=\"{0}\"")
  @ValueSource(strings = {"-1", "abc", "+5", "1e3", "2147483648", "9223372036854775807"})
  void refusedOffsetAnswers400NamingOffsetWithTheIntRange(String offset) {
    assertAnswer(
        http.get("/projects/2/tasks?offset=" + encode(offset)),
        400,
        metaBadRequest(
            """
            [{"field":"offset","message":"must be given once, as a whole number from 0 to 2147483647"}]
            """));
  }

  @ParameterizedTest(name = "limit=\"{0}\"")
  @ValueSource(strings = {"0", "-1", "51", "100", "abc", "+5", "1e3"})
  void refusedLimitAnswers400NamingLimitWithTheMaximum(String limit) {
    assertAnswer(
        http.get("/projects/2/tasks?limit=" + encode(limit)),
        400,
        metaBadRequest(
            """
            [{"field":"limit","message":"must be given once, as a whole number from 1 to 50"}]
            """));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"limit=2&limit=2", "limit=2&limit=3", "limit=&limit=2"})
  void repeatedLimitAnswers400NamingLimit(String query) {
    assertAnswer(
        http.get("/projects/2/tasks?" + query),
        400,
        metaBadRequest(
            """
            [{"field":"limit","message":"must be given once, as a whole number from 1 to 50"}]
            """));
  }

  @Test
  void badOffsetAndLimitTogetherAnswer400WithTwoEntriesOffsetFirst() {
    assertAnswer(
        http.get("/projects/2/tasks?offset=2147483648&limit=51"),
        400,
        metaBadRequest(
            """
            [{"field":"offset","message":"must be given once, as a whole number from 0 to 2147483647"},
             {"field":"limit","message":"must be given once, as a whole number from 1 to 50"}]
            """));
  }

  @Test
  void badPagingIsRefusedBeforeTheHandlerLooksForTheProject() {
    assertAnswer(
        http.get("/projects/99/tasks?limit=0"),
        400,
        metaBadRequest(
            """
            [{"field":"limit","message":"must be given once, as a whole number from 1 to 50"}]
            """));
    assertAnswer(
        http.get("/projects/99/tasks"),
        404,
        metaError(404, "Not Found", 1004, "Resource not found", "Project 99 does not exist."));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
