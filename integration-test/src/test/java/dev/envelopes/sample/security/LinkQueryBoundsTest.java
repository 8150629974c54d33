package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.EnvelopeAssertions.link;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static dev.envelopes.sample.support.VendorAssertions.unsupported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.ErrorBounds;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a query can make a page link carry: only the query parameters the resource method declares,
 * in the order the client sent them, each with the values it sent, and at most 8,192 characters of
 * them; a request whose declared parameters are longer answers the style's 400 naming the longest.
 * The status style's answers carry no links and the bare style's only an opaque cursor, so the meta
 * envelope and the vendor {@code Link} header are the two places a query can be reflected.
 */
class LinkQueryBoundsTest {

  /** A query parameter value of 300 KB, far more than any link may repeat. */
  private static final String HUGE = "x".repeat(300_000);

  /** The 8 KB the declared parameters of a link may take, in characters as sent. */
  private static final int LINKED_QUERY_LIMIT = 8192;

  private static final AtomicInteger NAMES = new AtomicInteger();

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void hugeUndeclaredParameterIsLeftOutOfTheMetaLinks() {
    addProjects(3, "lovelace");

    Response response =
        api.get("/projects?junk=" + HUGE + "&owner=lovelace&offset=1&limit=1&sort=name&more=1");

    assertEquals(200, response.status(), () -> "status of " + response.request());
    assertTrue(response.body().length() < 4096, () -> "body of " + response.body().length());
    JsonNode page = response.json();
    assertEquals(
        URI.create("/projects?owner=lovelace&sort=name&offset=2&limit=1"), link(page, "next"));
    assertEquals(
        URI.create("/projects?owner=lovelace&sort=name&offset=0&limit=1"), link(page, "prev"));
  }

  @Test
  void declaredParametersKeepTheRequestsOrderAndEveryValueAsSent() {
    addProjects(2, "a b+c");

    Response response = api.get("/projects?sort=name&x=1&owner=a%20b%2Bc&owner=%C3%A9&limit=1");

    assertEquals(200, response.status(), () -> "status of " + response.request());
    assertEquals(
        URI.create("/projects?sort=name&owner=a%20b%2Bc&owner=%C3%A9&offset=1&limit=1"),
        link(response.json(), "next"));
  }

  @Test
  void declaredParametersUpToTheLimitAreLinked() {
    String owner = "o".repeat(LINKED_QUERY_LIMIT - "owner=&sort=name".length());
    addProjects(2, owner);

    Response response = api.get("/projects?owner=" + owner + "&sort=name&limit=1");

    assertEquals(200, response.status(), () -> "status of " + response.request());
    assertEquals(
        "/projects?owner=" + owner + "&sort=name&offset=1&limit=1",
        response.json().get("pagination").get("next").asText());
  }

  @Test
  void hugeDeclaredParameterAnswersTheMeta400NamingIt() {
    assertEnvelope(
        api.get("/projects?sort=name&owner=" + HUGE + "&junk=" + HUGE + "&limit=1"),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {
                  "field": "owner",
                  "message": "is too long to repeat in a page link: the query parameters a link repeats may take at most 8192 characters"
                }
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void declaredParametersOneCharacterOverTheLimitAnswer400() {
    String owner = "o".repeat(LINKED_QUERY_LIMIT - "owner=&sort=name".length() + 1);

    Response response = api.get("/projects?owner=" + owner + "&sort=name&limit=1");

    assertEquals(400, response.status(), () -> "status of " + response.request());
    assertEquals("owner", response.json().get("detailed").get(0).get("field").asText());
  }

  @Test
  void hugeUndeclaredParameterOfAVendorListAnswersASmallUnsupportedParam() {
    Response response = api.get("/lists?workspace_id=52&" + HUGE + "=1");

    assertBadRequest(response, unsupported(ErrorBounds.name(HUGE)));
    assertTrue(response.body().length() < 4096, () -> "body of " + response.body().length());
  }

  @Test
  void hugeDeclaredParameterOfAVendorListAnswersInvalidAttributeNamingIt() {
    // Leading zeros: a workspace id Jersey reads as 52, of any length.
    String workspace = "0".repeat(300_000) + "52";

    assertBadRequest(
        api.get("/lists?workspace_id=" + workspace + "&limit=1"),
        invalid(
            "workspace_id",
            "workspace_id is too long to repeat in a page link: the query parameters a link"
                + " repeats may take at most 8192 characters"));
  }

  @Test
  void vendorLinkKeepsTheDeclaredParametersInTheRequestsOrder() {
    Response response = api.get("/lists?view=default&limit=1&workspace_id=52");

    URI next = nextLink(response);
    assertEquals(
        "/lists?view=default&workspace_id=52&cursor="
            + Cursors.signed(1, "view=default&workspace_id=52")
            + "&limit=1",
        next.getRawPath() + "?" + next.getRawQuery());
    assertEquals(200, api.get(next).status(), () -> "the link is followed: " + next);
  }

  private static void addProjects(int count, String owner) {
    for (int i = 0; i < count; i++) {
      api.addProject("Linked " + NAMES.incrementAndGet(), owner);
    }
  }
}
