package dev.envelopes.sample;

import static dev.envelopes.sample.Answers.assertAnswer;
import static dev.envelopes.sample.Answers.metaOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The successful answers, as the Jersey sample gives them (integration-test:
 * meta/SuccessfulAnswersTest): 200 with the record, 201 with {@code Location} and the new id,
 * whatever type the handler declares ({@code String}, {@code long}, {@code ResponseEntity}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuccessfulAnswersTest {

  @LocalServerPort private int port;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void getOfATaskAnswers200WithTheTaskInDataAndSnakeCaseKeys() {
    assertAnswer(
        http.get("/projects/1/tasks/2"),
        200,
        metaOk(
            200,
            602,
            "Request OK",
            "OK",
            """
            {"id":2,"project_id":1,"title":"Review with the team","done":false}
            """));
  }

  @Test
  void aCompletableFutureIsEnvelopedWhenItCompletesAndItsFailureInTheStyle() {
    assertAnswer(
        http.get("/projects/1/tasks/2/later"),
        200,
        metaOk(
            200,
            602,
            "Request OK",
            "OK",
            """
            {"id":2,"project_id":1,"title":"Review with the team","done":false}
            """));
    assertAnswer(
        http.get("/projects/1/tasks/99/later"),
        404,
        Answers.metaError(404, "Not Found", 1014, "Task not found", "Project 1 has no task 99."));
  }

  @Test
  void aHandlerDeclaredToReturnStringIsWrittenAsItsEnvelopeNotAsText() {
    assertAnswer(
        http.get("/projects/1/tasks/1/title"),
        200,
        metaOk(200, 602, "Request OK", "OK", "\"Write the outline\""));
  }

  @Test
  void postOfATaskAnswers201WithTheLocationOfTheNewTaskAndItsIdInData() {
    HttpResponse<String> created = http.post("/projects/3/tasks", "{\"title\": \"Tabulate B7\"}");

    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.matches("/projects/3/tasks/[0-9]+"), () -> "Location " + location);
    String id = location.substring("/projects/3/tasks/".length());
    assertAnswer(created, 201, location, metaOk(201, 603, "Resource created", "Created", id));
    assertAnswer(
        http.get(location),
        200,
        metaOk(
            200,
            602,
            "Request OK",
            "OK",
            """
            {"id":%s,"project_id":3,"title":"Tabulate B7","done":false}
            """
                .formatted(id)));
  }

  @Test
  void patchOfATaskFromAVoidHandlerAnswers200WithTheLocationOfTheTaskAndNullData() {
    assertAnswer(
        http.send("PATCH", "/projects/1/tasks/1", "{\"done\": true}", "application/json", List.of()),
        200,
        "/projects/1/tasks/1",
        metaOk(200, 602, "Request OK", "OK", "null"));
    assertAnswer(
        http.get("/projects/1/tasks/1"),
        200,
        metaOk(
            200,
            602,
            "Request OK",
            "OK",
            """
            {"id":1,"project_id":1,"title":"Write the outline","done":true}
            """));
  }

  @Test
  void everyAnswerIsMarkedNoSniffErrorsAndTheErrorPathToo() {
    for (HttpResponse<String> response :
        List.of(
            http.get("/projects/1/tasks/2"),
            http.get("/projects/1/tasks/99"),
            http.get("/no/such/path"),
            http.send("GET", "/projects/1/tasks/2", null, null, List.of("X-Fail", "503")))) {
      assertEquals(
          List.of("nosniff"),
          response.headers().allValues("X-Content-Type-Options"),
          () -> response + " " + response.headers().map());
    }
  }

  @Test
  void aResponseEntityKeepsItsStatusAndHeadersAndItsBodyIsEnveloped() {
    HttpResponse<String> accepted = http.send("POST", "/projects/1/tasks/2/reminders", null, null, List.of());

    assertAnswer(
        accepted,
        202,
        metaOk(
            202,
            202,
            "Accepted",
            "Accepted",
            """
            {"id":2,"project_id":1,"title":"Review with the team","done":false}
            """));
    assertEquals(List.of("60"), accepted.headers().allValues("Retry-After"));
  }

  @Test
  void aLinkIgnoresForwardedHostWhenProxyHeadersAreNotTrusted() {
    // No base URI is configured: a link is relative to the server's root, whatever Host says.
    HttpResponse<String> created =
        http.send(
            "POST",
            "/projects/3/tasks",
            "{\"title\": \"Punch cards\"}",
            "application/json",
            List.of("X-Forwarded-Host", "evil.example"));

    assertTrue(
        created.headers().firstValue("Location").orElseThrow().startsWith("/projects/3/tasks/"),
        () -> "Location " + created.headers().map());
  }
}
