package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.EnvelopeAssertions.link;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests whose URI the API rewrites before they are matched (a paging parameter given empty is
 * dropped, the vendor's {@code /v2} prefix is taken off) while their query or path holds what a
 * runtime cannot rebuild from its decoded parts: a character that needs quoting right before a
 * combining mark ({@value #FRAGILE}, a line feed and U+030C; Unicode normalization joins the last
 * digit of the escape to the mark). Each is answered exactly as the same request without the empty
 * parameter, which nothing rewrites, and never with a 500: links and locations are made from the URI
 * the client sent, never read back from the runtime after a rewrite. An empty paging parameter means
 * none on an endpoint that does not page too, so the vendor style does not refuse it there.
 */
class RewrittenRequestsTest {

  /** A line feed and a combining caron, as a client percent-encodes them. */
  private static final String FRAGILE = "%0A%CC%8C";

  /** The owner {@link #FRAGILE} decodes to. */
  private static final String FRAGILE_OWNER = "\n\u030C";

  /** Sent with every request, so that the vendor style's answers carry the same id. */
  private static final String REQUEST_ID = "5f0c8e4e-8d5b-4b8f-9a52-0d6c1c1e2a11";

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
    api.addProject("Fragile first", FRAGILE_OWNER);
    api.addProject("Fragile second", FRAGILE_OWNER);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Each request with an empty paging parameter, and the same request without it. */
  static Stream<Arguments> rewrittenAndPlain() {
    return Stream.of(
        // The meta envelope, whose page links repeat the owner as sent.
        pair(
            "/projects?owner=" + FRAGILE + "&offset=&limit=1",
            "/projects?owner=" + FRAGILE + "&limit=1"),
        pair("/projects?limit=&owner=" + FRAGILE, "/projects?owner=" + FRAGILE),
        pair("/projects/2/tasks?limit=&x=" + FRAGILE, "/projects/2/tasks?x=" + FRAGILE),
        pair("/projects/" + FRAGILE + "?offset=", "/projects/" + FRAGILE),
        // The bare style.
        pair("/contacts?cursor=&" + FRAGILE + "=1", "/contacts?" + FRAGILE + "=1"),
        pair("/contacts/" + FRAGILE + "?limit=", "/contacts/" + FRAGILE),
        // The status envelope.
        pair("/notes?page=&x=" + FRAGILE, "/notes?x=" + FRAGILE),
        // The vendor style, with and without its version prefix, which is rewritten too.
        pair(
            "/lists?workspace_id=52&cursor=&limit=1&x=" + FRAGILE,
            "/lists?workspace_id=52&limit=1&x=" + FRAGILE),
        pair(
            "/v2/lists?workspace_id=52&cursor=&limit=1&x=" + FRAGILE,
            "/v2/lists?workspace_id=52&limit=1&x=" + FRAGILE),
        pair(
            "/v2/lists?cursor=&view=" + FRAGILE + "&workspace_id=52",
            "/v2/lists?view=" + FRAGILE + "&workspace_id=52"),
        pair("/v2/lists/1?limit=", "/v2/lists/1"),
        pair("/lists/1?cursor=", "/lists/1"),
        pair("/v2/lists/1?cursor=&x=" + FRAGILE, "/v2/lists/1?x=" + FRAGILE),
        pair("/v2/lists/" + FRAGILE + "?cursor=", "/v2/lists/" + FRAGILE),
        pair("/v2/activities?limit=&" + FRAGILE + "=1", "/v2/activities?" + FRAGILE + "=1"));
  }

  private static Arguments pair(String rewritten, String plain) {
    return Arguments.of(rewritten, plain);
  }

  @ParameterizedTest
  @MethodSource("rewrittenAndPlain")
  void anEmptyPagingParameterIsAnsweredAsNoneWhateverElseTheUriHolds(
      String rewritten, String plain) {
    Response expected = get(plain);
    Response actual = get(rewritten);

    assertEquals(expected.status(), actual.status(), () -> "status of " + actual);
    for (String header : List.of("Content-Type", "Link", "Location")) {
      assertEquals(expected.header(header), actual.header(header), () -> header + " of " + actual);
    }
    assertEquals(expected.json().toString(), actual.json().toString(), () -> "body of " + actual);
  }

  @Test
  void metaPageLinksRepeatTheOwnerAsSentAfterTheEmptyOffsetIsDropped() {
    Response response = get("/projects?owner=" + FRAGILE + "&offset=&limit=1");

    assertEquals(200, response.status(), () -> "status of " + response);
    assertEquals(
        URI.create("/projects?owner=" + FRAGILE + "&offset=1&limit=1"),
        link(response.json(), "next"));
  }

  @Test
  void aCreatedTaskIsLocatedUnderThePathAsSentAfterTheEmptyLimitIsDropped() {
    Response created = api.post("/projects/3/tasks?limit=&x=" + FRAGILE, "{\"title\": \"Ink\"}");

    assertEquals(201, created.status(), () -> "status of " + created);
    assertEquals(
        URI.create("/projects/3/tasks/" + created.json().get("data").asLong()), created.location());
  }

  private static Response get(String pathAndQuery) {
    return api.getWith(pathAndQuery, "X-Request-Id", REQUEST_ID);
  }
}
