package dev.envelopes.sample.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer, in every style, says {@code X-Content-Type-Options: nosniff}; a {@code
 * Content-Type} or {@code Accept} header the framework cannot parse gets the style's 400 body, not
 * the framework's empty 400. Over HTTP.
 */
class HeaderAnswersTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** A page, a record, an error and a 404 of each style. */
  static List<String> answers() {
    return List.of(
        "/projects",
        "/projects/1",
        "/projects?offset=x",
        "/projects/99",
        "/contacts",
        "/contacts/" + SampleApi.contactId(1),
        "/contacts?limit=x",
        "/contacts/x",
        "/notes",
        "/notes/1",
        "/notes?page=x",
        "/notes/99",
        "/lists?workspace_id=52",
        "/lists/1",
        "/lists?workspace_id=52&x=1",
        "/lists/99",
        "/nothing-here");
  }

  @ParameterizedTest
  @MethodSource("answers")
  void everyAnswerSaysNoSniff(String path) {
    Response response = api.get(path);
    assertEquals(List.of("nosniff"), response.header("X-Content-Type-Options"), response::toString);
  }

  /** A malformed header of each kind, as a name and value pair. */
  static List<List<String>> malformedHeaders() {
    return List.of(
        List.of("Content-Type", "application/json; charset=\""),
        List.of("Content-Type", "garbage"),
        List.of("Accept", "application/json;q=x"),
        List.of("Accept", "/"));
  }

  @ParameterizedTest
  @MethodSource("malformedHeaders")
  void malformedHeaderGetsTheMetaStylesBadRequest(List<String> header) {
    Response response =
        api.exchange("POST", api.uri("/projects"), "{}", header.get(0), header.get(1));
    ContainerDifferences container = ContainerDifferences.current();
    switch (container.malformedHeader(header.get(0), header.get(1))) {
      case CONTAINER_ANSWERS_400 -> {
        assertEquals(400, response.status(), response::toString);
        assertEquals(container.containerBadRequestBody(), response.body());
        return;
      }
      case READ_AS_WELL_FORMED -> {
        Response wellFormed = api.post("/projects", "{}");
        assertEquals(wellFormed.status(), response.status(), response::toString);
        assertEquals(wellFormed.json(), response.json(), response::toString);
        return;
      }
      case REACHES_THE_API -> {}
    }
    EnvelopeAssertions.assertEnvelope(
        response,
        400,
        SampleApi.json(
            """
            {
              "success": false, "code": 1001, "message": "Invalid request",
              "status_code": 400, "status_message": "Bad Request",
              "detailed": [{"field": null, "message": "The request is not valid."}],
              "data": null, "count": null, "pagination": null
            }
            """));
    assertEquals(List.of("nosniff"), response.header("X-Content-Type-Options"), response::toString);
  }
}
