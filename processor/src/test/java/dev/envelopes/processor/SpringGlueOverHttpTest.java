package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue generated for the {@code spring-meta} golden API, compiled with the processor and served
 * by Spring Boot 4 (embedded Tomcat on a free port, Jackson 3) in the test's JVM, answers as the
 * prototype of {@code docs/design/spring-binding.md} does: a page with its links, a 201 with its
 * {@code Location}, a future, a {@code ResponseEntity}, a declared exception and a refused page.
 * Nothing in the application names Envelopes: the auto-configuration comes from the imports file
 * the processor wrote.
 */
class SpringGlueOverHttpTest {

  @TempDir static Path classes;

  private static SpringServedApi api;

  @BeforeAll
  static void start() throws Exception {
    api = SpringServedApi.serve("spring-meta", "com.example.tasks", classes, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void aPageAnswersItsRecordsTheTotalAndTheLinkToTheNextPage() throws Exception {
    HttpResponse<String> page = send("GET", "/projects/1/tasks?limit=2", null);

    assertAnswer(page, 200, null);
    assertEquals(
        "{\"success\":true,\"code\":602,\"message\":\"Request OK\",\"status_code\":200,"
            + "\"status_message\":\"OK\",\"detailed\":null,\"data\":["
            + "{\"id\":1,\"project_id\":1,\"title\":\"write the README\",\"done\":false},"
            + "{\"id\":2,\"project_id\":1,\"title\":\"tag the release\",\"done\":false}],"
            + "\"count\":3,\"pagination\":{\"next\":\"/projects/1/tasks?offset=2&limit=2\","
            + "\"prev\":null}}",
        page.body());
  }

  @Test
  void aCreateAnswers201WithTheLocationOfTheNewTaskAndItsId() throws Exception {
    HttpResponse<String> created = send("POST", "/projects/1/tasks", "{\"title\":\"ship it\"}");

    assertAnswer(created, 201, "/projects/1/tasks/4");
    assertEquals(
        "{\"success\":true,\"code\":201,\"message\":\"Created\",\"status_code\":201,"
            + "\"status_message\":\"Created\",\"detailed\":null,\"data\":4,\"count\":null,"
            + "\"pagination\":null}",
        created.body());
  }

  @Test
  void aFutureIsEnvelopedWithWhatItCompletesWith() throws Exception {
    HttpResponse<String> later = send("GET", "/projects/1/tasks/3/later", null);

    assertAnswer(later, 200, null);
    assertEquals(
        "{\"success\":true,\"code\":602,\"message\":\"Request OK\",\"status_code\":200,"
            + "\"status_message\":\"OK\",\"detailed\":null,\"data\":{\"id\":3,\"project_id\":1,"
            + "\"title\":\"announce it\",\"done\":true},\"count\":null,\"pagination\":null}",
        later.body());
  }

  @Test
  void aResponseEntityKeepsItsStatusAndHeadersAndItsBodyIsEnveloped() throws Exception {
    HttpResponse<String> accepted = send("POST", "/projects/1/tasks/1/reminders", null);

    assertAnswer(accepted, 202, null);
    assertEquals(List.of("60"), accepted.headers().allValues("Retry-After"));
    assertEquals(
        "{\"success\":true,\"code\":202,\"message\":\"Accepted\",\"status_code\":202,"
            + "\"status_message\":\"Accepted\",\"detailed\":null,\"data\":{\"id\":1,"
            + "\"project_id\":1,\"title\":\"write the README\",\"done\":false},\"count\":null,"
            + "\"pagination\":null}",
        accepted.body());
  }

  @Test
  void aDeclaredExceptionAnswersItsStatusCodeAndMessage() throws Exception {
    HttpResponse<String> missing = send("GET", "/projects/1/tasks/9", null);

    assertAnswer(missing, 404, null);
    assertEquals(
        "{\"success\":false,\"code\":1014,\"message\":\"Task not found\",\"status_code\":404,"
            + "\"status_message\":\"Not Found\",\"detailed\":[\"Project 1 has no task 9.\"],"
            + "\"data\":null,\"count\":null,\"pagination\":null}",
        missing.body());
  }

  @Test
  void aPageOffsetThatIsNoNumberIsRefusedNamingIt() throws Exception {
    HttpResponse<String> refused = send("GET", "/projects/1/tasks?offset=abc", null);

    assertAnswer(refused, 400, null);
    assertEquals(
        "{\"success\":false,\"code\":400,\"message\":\"Bad Request\",\"status_code\":400,"
            + "\"status_message\":\"Bad Request\",\"detailed\":[{\"field\":\"offset\","
            + "\"message\":\"must be given once, as a whole number from 0 to 2147483647\"}],"
            + "\"data\":null,\"count\":null,\"pagination\":null}",
        refused.body());
  }

  @Test
  void anInvalidBodyIsRefusedNamingItsField() throws Exception {
    HttpResponse<String> refused = send("POST", "/projects/1/tasks", "{\"title\":\"\"}");

    assertAnswer(refused, 400, null);
    assertEquals(
        "{\"success\":false,\"code\":400,\"message\":\"Bad Request\",\"status_code\":400,"
            + "\"status_message\":\"Bad Request\",\"detailed\":[{\"field\":\"title\","
            + "\"message\":\"must not be blank\"}],\"data\":null,\"count\":null,"
            + "\"pagination\":null}",
        refused.body());
  }

  @Test
  void aPathNoHandlerMatchesAnswers404InTheStyle() throws Exception {
    HttpResponse<String> missing = send("GET", "/nothing/here", null);

    assertAnswer(missing, 404, null);
    assertEquals(
        "{\"success\":false,\"code\":404,\"message\":\"Not Found\",\"status_code\":404,"
            + "\"status_message\":\"Not Found\",\"detailed\":[\"No resource matches the"
            + " request.\"],\"data\":null,\"count\":null,\"pagination\":null}",
        missing.body());
  }

  /** The status, one JSON content type, {@code nosniff} and the {@code Location}, if any. */
  private static void assertAnswer(HttpResponse<String> response, int status, String location) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
    assertEquals(
        location == null ? List.of() : List.of(location), response.headers().allValues("Location"));
  }

  private static HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return api.send(method, path, json);
  }
}
