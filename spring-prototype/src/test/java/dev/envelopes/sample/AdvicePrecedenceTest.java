package dev.envelopes.sample;

import static dev.envelopes.sample.Answers.assertAnswer;
import static dev.envelopes.sample.Answers.metaError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The generated advice beside others: it answers what it names ahead of Spring Boot's problem
 * details, and leaves the user's own exceptions to the user's advice.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.mvc.problemdetails.enabled=true")
class AdvicePrecedenceTest {

  @LocalServerPort private int port;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void springsOwnErrorsAreInTheStyleEvenWithBootsProblemDetailsEnabled() {
    assertAnswer(
        http.send("DELETE", "/projects/1/tasks", null, null, List.of()),
        405,
        metaError(
            405,
            "Method Not Allowed",
            405,
            "Method Not Allowed",
            "The resource does not answer this HTTP method."));
    assertAnswer(
        http.get("/projects/1/tasks?limit=0"),
        400,
        Answers.metaBadRequest(
            """
            [{"field":"limit","message":"must be given once, as a whole number from 1 to 50"}]
            """));
  }

  @Test
  void theUsersAdviceAnswersTheUsersOwnExceptions() {
    HttpResponse<String> response = http.get("/plain/unsupported");

    assertEquals(501, response.statusCode());
    assertEquals("the user's own answer", response.body());
  }
}
