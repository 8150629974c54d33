package dev.envelopes.sample.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * These tests change nothing, so they share one server.
 */
class UndeclaredMediaTypeAnswersTest {

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
    "GET, /notes/1, application/problem+json, 200",
    "GET, /notes/1, application/vnd.flow.v2+json, 200",
    "GET, /notes/1, 'application/problem+json, application/json;q=0.5', 200",
    "GET, /contacts/1, application/problem+json, 200",
    "GET, /contacts/1, application/vnd.flow.v2+json, 200",
    "PUT, /quotes/meta, application/problem+json, 200",
    "PUT, /quotes/meta, application/vnd.flow.v2+json, 200",
    "PUT, /quotes/status, application/problem+json, 200",
    "PUT, /quotes/bare, application/problem+json, 200",
  })
  void successIsJsonWhicheverJsonTypeTheRequestAccepts(
      String method, String path, String accepted, int status) {
    String target = path.startsWith("/contacts/") ? "/contacts/" + SampleApi.contactId(1) : path;
    String body = method.equals("PUT") ? QUOTE : null;

    Response json = send(method, target, body, "application/json");
    Response other = send(method, target, body, accepted);

    assertEquals(status, json.status(), json::toString);
    assertEquals(json.status(), other.status(), other::toString);
    assertEquals(json.header("Content-Type"), other.header("Content-Type"), other::toString);
    assertEquals(json.body(), other.body());
  }

  private static Response send(String method, String path, String body, String accepted) {
    return body == null
        ? api.exchange(method, api.uri(path), null, "Accept", accepted)
        : api.exchange(
            method, api.uri(path), body, "Content-Type", "application/json", "Accept", accepted);
  }
}
