package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A method that declares no media type answers its success in the meta, status and bare styles as
 * {@code application/json}, whichever other JSON type the request accepts, such as {@code
 * application/problem+json} or the vendor style's type: each style's document promises that
 * every answer has {@code Content-Type: application/json}. The framework alone would write the
 * envelope as any {@code +json} type the request names, labelling a success a problem report.
 * RESTEasy and Quarkus REST refuse such a request to a method that returns a value, with the style's own
 * answer to a 406 ({@link ContainerDifferences#refusesAnotherJsonTypeForAnUndeclaredValue}).
 * These tests change nothing, so they share one server.
 */
class UndeclaredMediaTypeAnswersTest {

  private static final String NOT_ACCEPTABLE =
      "The resource cannot answer in a media type the request accepts.";

  /** A quote that validates. */
  private static final String QUOTE =
      """
      {"customerName": "Ada", "ship_to": {"postal_code": "1010"},
       "lines": [{"description": "Bolts", "price_cents": 120}]}
      """;

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{0} {1} accepting {2}")
  @CsvSource({
    "GET, /notes/1, application/problem+json, 200, status",
    "GET, /notes/1, application/vnd.flow.v2+json, 200, status",
    "GET, /notes/1, 'application/problem+json, application/json;q=0.5', 200, ",
    "GET, /contacts/1, application/problem+json, 200, bare",
    "GET, /contacts/1, application/vnd.flow.v2+json, 200, bare",
    "PUT, /quotes/meta, application/problem+json, 200, ",
    "PUT, /quotes/meta, application/vnd.flow.v2+json, 200, ",
    "PUT, /quotes/status, application/problem+json, 200, ",
    "PUT, /quotes/bare, application/problem+json, 200, ",
  })
  void successIsJsonWhicheverJsonTypeTheRequestAccepts(
      String method, String path, String accepted, int status, String refusedIn) {
    String target = path.startsWith("/contacts/") ? "/contacts/" + SampleApi.contactId(1) : path;
    String body = method.equals("PUT") ? QUOTE : null;

    Response json = send(method, target, body, "application/json");
    Response other = send(method, target, body, accepted);

    assertEquals(status, json.status(), json::toString);
    assertEquals(json.header("Content-Type"), other.header("Content-Type"), other::toString);
    if (refusedIn != null
        && ContainerDifferences.current().refusesAnotherJsonTypeForAnUndeclaredValue()) {
      assertRefused(refusedIn, other);
    } else {
      assertEquals(json.status(), other.status(), other::toString);
      assertEquals(json.body(), other.body());
    }
  }

  /** The style's answer to a request whose accepted types the method cannot answer. */
  private static void assertRefused(String style, Response response) {
    if (style.equals("bare")) {
      assertEquals(400, response.status(), response::toString);
      assertEquals(
          json(
              """
              {"errorCode": "VALIDATION_ERROR", "errorMessage": "%s"}
              """,
              NOT_ACCEPTABLE),
          response.json());
    } else {
      assertEquals(406, response.status(), response::toString);
      assertEquals(
          json(
              """
              {"status": "error", "message": "%s", "errors": []}
              """,
              NOT_ACCEPTABLE),
          response.json());
    }
  }

  private static Response send(String method, String path, String body, String accepted) {
    return body == null
        ? api.exchange(method, api.uri(path), null, "Accept", accepted)
        : api.exchange(
            method, api.uri(path), body, "Content-Type", "application/json", "Accept", accepted);
  }
}
