package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.Cursors.signed;
import static dev.envelopes.sample.support.EnvelopeAssertions.queryOf;
import static dev.envelopes.sample.support.VendorAssertions.CURSOR_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.LIMIT_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.body;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.lists;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static dev.envelopes.sample.support.VendorAssertions.page;
import static dev.envelopes.sample.support.VendorAssertions.pageWithAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor paging in the vendor style: {@code GET /lists?workspace_id=52} answers two lists a page by
 * default ({@code limit} at most 50), {@code cursor} the signed cursor of the page, and a {@code
 * Link: <...>; rel="next"} header (RFC 8288) to the next page, the URI the client sent with {@code
 * cursor} moved on, {@code limit} set and every other parameter kept as it was sent; the last page,
 * and a page past it, have no {@code Link}. Workspace 52 holds lists 1 to 4, workspace 7 list 5.
 * These tests change nothing, so they share one server.
 */
class VendorPagingTest {

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
  void firstPageAnswersTwoListsAndLinksToTheNextAsTheDocumentShowsIt() {
    Response response = api.get("/lists?workspace_id=52");

    assertPage(
        response,
        body(
            """
            {
              "data": [
                {
                  "id": 1, "name": "Launch", "workspace_id": 52, "owner_id": 1,
                  "due_on": "2026-03-20"
                },
                {
                  "id": 2, "name": "Hiring", "workspace_id": 52, "owner_id": 2,
                  "due_on": "2026-02-01"
                }
              ]
            }
            """),
        api.base() + "/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2");
    assertEquals(
        List.of(
            "</lists?workspace_id=52&cursor="
                + signed(2, "workspace_id=52")
                + "&limit=2>; rel=\"next\""),
        response.header("Link"),
        "the Link header as it is written");
  }

  @Test
  void secondPageIsTheLastAndHasNoLink() {
    assertPage(
        api.get("/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2"),
        page(3, 4),
        null);
  }

  @Test
  void followingTheLinksWalksEveryListOfTheWorkspaceOnceInOrder() {
    List<JsonNode> pages = new ArrayList<>();
    List<URI> visited = new ArrayList<>();
    URI next = api.uri("/lists?workspace_id=52");
    while (next != null) {
      assertTrue(visited.size() < 5, () -> "the links do not end: " + visited);
      visited.add(next);
      Response response = api.get(next);
      assertEquals(200, response.status(), () -> "status of " + response);
      pages.add(response.json().get("data"));
      next = response.header("Link").isEmpty() ? null : nextLink(response);
    }

    assertEquals(List.of(lists(1, 2), lists(3, 4)), pages);
    assertEquals(
        List.of(
            api.uri("/lists?workspace_id=52"),
            api.uri("/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2")),
        visited);
  }

  @Test
  void limitOfThreeIsKeptInTheLinkAndTheLastPageAnswersTheRest() {
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52&limit=3"),
            page(1, 2, 3),
            api.base()
                + "/lists?workspace_id=52&cursor="
                + signed(3, "workspace_id=52")
                + "&limit=3");

    assertPage(api.get(next), page(4), null);
  }

  @Test
  void limitOfOneWalksTheListsOneAPage() {
    List<JsonNode> pages = new ArrayList<>();
    URI next = api.uri("/lists?workspace_id=52&limit=1");
    while (next != null) {
      assertTrue(pages.size() < 5, () -> "the links do not end: " + pages);
      Response response = api.get(next);
      pages.add(response.json().get("data"));
      next = response.header("Link").isEmpty() ? null : nextLink(response);
    }

    assertEquals(List.of(lists(1), lists(2), lists(3), lists(4)), pages);
  }

  @Test
  void cursorInTheMiddleAnswersTheListsAfterItAndLinksOnFromThere() {
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52&cursor=" + signed(1, "workspace_id=52")),
            page(2, 3),
            api.base()
                + "/lists?workspace_id=52&cursor="
                + signed(3, "workspace_id=52")
                + "&limit=2");

    assertPage(api.get(next), page(4), null);
  }

  @Test
  void otherParametersAreKeptInTheLink() {
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52&view=default"),
            page(1, 2),
            api.base()
                + "/lists?workspace_id=52&view=default&cursor="
                + signed(2, "workspace_id=52&view=default")
                + "&limit=2");

    assertEquals(
        Map.of(
            "workspace_id", List.of("52"),
            "cursor", List.of(signed(2, "workspace_id=52&view=default")),
            "view", List.of("default"),
            "limit", List.of("2")),
        queryOf(next));
    assertPage(api.get(next), page(3, 4), null);
  }

  @Test
  void percentEncodedParameterStaysEncodedInTheLinkAndMeansTheSameThere() {
    // include=accounts, accounts: a comma and a space, sent encoded.
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52&include=accounts%2C%20accounts"),
            pageWithAccounts(new int[] {1, 2}, 1, 2),
            api.base()
                + "/lists?workspace_id=52&include=accounts%2C%20accounts&cursor="
                + signed(2, "workspace_id=52&include=accounts%2C%20accounts")
                + "&limit=2");

    assertEquals(List.of("accounts, accounts"), queryOf(next).get("include"));
    assertPage(api.get(next), pageWithAccounts(new int[] {3, 4}, 1, 2), null);
  }

  @Test
  void workspaceWithOneListAnswersItWithoutLink() {
    assertPage(api.get("/lists?workspace_id=7"), page(5), null);
  }

  @Test
  void workspaceWithoutListsAnswersAnEmptyPageWithoutLink() {
    assertPage(api.get("/lists?workspace_id=99"), page(), null);
  }

  @Test
  void pageThatEndsExactlyAtTheLastListHasNoLink() {
    assertPage(api.get("/lists?workspace_id=52&limit=4"), page(1, 2, 3, 4), null);
  }

  @Test
  void limitOfFiftyTheMaximumAnswersEveryListOnOnePage() {
    assertPage(api.get("/lists?workspace_id=52&limit=50"), page(1, 2, 3, 4), null);
  }

  @ParameterizedTest(name = "cursor of offset {0}")
  @ValueSource(longs = {4, 5, 1000, Long.MAX_VALUE})
  void cursorAtOrPastTheEndAnswersAnEmptyPageWithoutLink(long offset) {
    assertPage(
        api.get("/lists?workspace_id=52&cursor=" + signed(offset, "workspace_id=52")),
        page(),
        null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"&cursor=", "&limit=", "&cursor=&limit=", "&limit=2"})
  void emptyCursorAndLimitMeanTheDefaults(String query) {
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52" + query),
            page(1, 2),
            api.base()
                + "/lists?workspace_id=52&cursor="
                + signed(2, "workspace_id=52")
                + "&limit=2");

    assertEquals(List.of(signed(2, "workspace_id=52")), queryOf(next).get("cursor"));
  }

  @ParameterizedTest(name = "cursor={0}")
  @ValueSource(
      strings = {"0", "2", "-1", "x", "1.5", "%2B1", "%201", "9223372036854775808", "&cursor="})
  void cursorThatTheApiDidNotSignGivenOnceAnswers400NamingIt(String value) {
    assertBadRequest(
        api.get("/lists?workspace_id=52&cursor=" + value), invalid("cursor", CURSOR_MESSAGE));
  }

  @ParameterizedTest(name = "limit={0}")
  @ValueSource(strings = {"0", "51", "x", "-2", "2.0", "2&limit=2"})
  void limitOutsideOneToFiftyGivenOnceAnswers400NamingIt(String value) {
    assertBadRequest(
        api.get("/lists?workspace_id=52&limit=" + value), invalid("limit", LIMIT_MESSAGE));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cursor=-1&limit=0", "limit=x&cursor=x", "cursor=1&cursor=2&limit=51"})
  void bothBadAnswerOneErrorEachCursorFirst(String query) {
    assertBadRequest(
        api.get("/lists?workspace_id=52&" + query),
        invalid("cursor", CURSOR_MESSAGE),
        invalid("limit", LIMIT_MESSAGE));
  }
}
