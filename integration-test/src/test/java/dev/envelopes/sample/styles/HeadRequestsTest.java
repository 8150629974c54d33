package dev.envelopes.sample.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code HEAD} request is answered as the {@code GET} of the same URI, without its body (RFC
 * 9110, section 9.3.2): the same status and the same headers, the links, the request id and the
 * vendor media type among them, in every style and for answers, refusals and errors alike. The
 * framework answers {@code HEAD} through the {@code GET} method, so the generated filters and
 * handlers must not tell the two apart.
 */
class HeadRequestsTest {

  /**
   * What says how the body is framed, or when the answer was made, which a server may set
   * differently for an answer without a body; and nothing else.
   */
  private static final Set<String> FRAMING =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "date");

  /** Sent with every request, so that the vendor style's answers carry the same id. */
  private static final String REQUEST_ID = "0b5e6a36-3f2e-4c55-9a1d-6f1a2b3c4d5e";

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    // The meta envelope: a record, pages with their links in the body, a declared error, a
    // refused paging parameter.
    "200, /projects/1",
    "200, /projects?owner=ada&offset=1&limit=1",
    "200, /projects/1/tasks",
    "404, /projects/999",
    "400, /projects?limit=abc",
    // The bare style: a value, a list, a page with its cursor, an error.
    "200, /projects/1/tasks/count",
    "200, /authors",
    "200, /contacts?limit=1",
    "404, /contacts/00000000-0000-0000-0000-0000000000ff",
    // The status envelope: a record, a page, an error, a refused paging parameter.
    "200, /notes/1",
    "200, /notes?page=2&per_page=2",
    "404, /notes/999",
    "422, /notes?per_page=-1",
    // The vendor style, with and without its version prefix: records, cursor pages with their
    // Link header, an unknown record, an unknown version.
    "200, /v2/lists/1",
    "200, /lists/1",
    "200, /activities?limit=1",
    "200, /v2/lists?workspace_id=52&limit=1",
    "404, /v2/lists/999",
    "404, /v9/lists/1",
    // A path no resource matches.
    "404, /nowhere"
  })
  void isAnsweredAsTheGetOfTheSameUriWithoutABody(int status, String pathAndQuery) {
    Response get = request("GET", pathAndQuery);
    Response head = request("HEAD", pathAndQuery);

    assertEquals(status, get.status(), () -> "status of " + get);
    assertEquals(get.status(), head.status(), () -> "status of " + head + "\nafter " + get);
    assertEquals(headersOf(get), headersOf(head), () -> "headers of " + head + "\nafter " + get);
    assertEquals("", head.body(), () -> "body of " + head);
  }

  private static Response request(String method, String pathAndQuery) {
    return api.exchange(
        method,
        api.uri(pathAndQuery),
        null,
        "Accept",
        "application/json, application/vnd.flow.v2+json",
        "X-Request-Id",
        REQUEST_ID);
  }

  /** Its headers by lower-case name, but those of {@link #FRAMING}. */
  private static Map<String, List<String>> headersOf(Response response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (!FRAMING.contains(lower)) {
                headers.put(lower, values);
              }
            });
    return headers;
  }
}
