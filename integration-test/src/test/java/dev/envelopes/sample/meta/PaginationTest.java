package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.EnvelopeAssertions.link;
import static dev.envelopes.sample.support.EnvelopeAssertions.queryOf;
import static dev.envelopes.sample.support.SampleApi.SPECIAL_OWNER;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offset and limit paging in the envelope: {@code data} holds the page, {@code count} the total of
 * the route, and {@code pagination} links relative to the server's root to the next page and to
 * the records just before this one, never overlapping it. The seed has 9 projects (1-3 ada's, 4-6
 * grace's, 7-9 {@value SampleApi#SPECIAL_OWNER}'s), 12 tasks in project 2 and none in project 3.
 * These tests change nothing, so they share one server.
 */
class PaginationTest {

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
  void firstOfThreePagesHasTheFirstRecordsTheTotalAndANextLinkButNoPrev() {
    assertEnvelope(
        api.get("/projects?offset=0&limit=4"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 1, "name": "Analytical Engine", "owner": "ada"},
                {"id": 2, "name": "Notes on the Engine", "owner": "ada"},
                {"id": 3, "name": "Bernoulli numbers", "owner": "ada"},
                {"id": 4, "name": "Compiler A-0", "owner": "grace"}
              ],
              "count": 9,
              "pagination": {"next": "/projects?offset=4&limit=4", "prev": null}
            }
            """));
  }

  @Test
  void middleOfThreePagesHasNextAndPrevLinks() {
    assertEnvelope(
        api.get("/projects?offset=4&limit=4"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 5, "name": "COBOL", "owner": "grace"},
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"},
                {"id": 7, "name": "Difference Engine", "owner": "Babbage & Sons + Co"},
                {"id": 8, "name": "Mechanical Notation", "owner": "Babbage & Sons + Co"}
              ],
              "count": 9,
              "pagination": {
                "next": "/projects?offset=8&limit=4",
                "prev": "/projects?offset=0&limit=4"
              }
            }
            """));
  }

  @Test
  void lastOfThreePagesHasTheRemainingRecordAndAPrevLinkButNoNext() {
    assertEnvelope(
        api.get("/projects?offset=8&limit=4"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [{"id": 9, "name": "Analytical Society", "owner": "Babbage & Sons + Co"}],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=4&limit=4"}
            }
            """));
  }

  @Test
  void pageEndingExactlyAtTheTotalHasNoNextLink() {
    assertEnvelope(
        api.get("/projects?offset=5&limit=4"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"},
                {"id": 7, "name": "Difference Engine", "owner": "Babbage & Sons + Co"},
                {"id": 8, "name": "Mechanical Notation", "owner": "Babbage & Sons + Co"},
                {"id": 9, "name": "Analytical Society", "owner": "Babbage & Sons + Co"}
              ],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=1&limit=4"}
            }
            """));
  }

  @Test
  void followingNextLinksFromTheFirstPageSeesEveryRecordExactlyOnce() {
    List<Long> ids = new ArrayList<>();
    List<JsonNode> pages = followLinks(api.uri("/projects?limit=4"), "next");

    for (JsonNode page : pages) {
      assertEquals(9, page.get("count").asLong(), "count on every page");
      page.get("data").forEach(project -> ids.add(project.get("id").asLong()));
    }
    assertEquals(3, pages.size(), "pages");
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), ids);
  }

  @Test
  void followingPrevLinksFromAnUnalignedLastPageSeesEveryRecordExactlyOnce() {
    List<Long> ids = new ArrayList<>();
    List<JsonNode> pages = followLinks(api.uri("/projects?offset=7&limit=3"), "prev");

    for (JsonNode page : pages) {
      List<Long> pageIds = new ArrayList<>();
      page.get("data").forEach(project -> pageIds.add(project.get("id").asLong()));
      ids.addAll(0, pageIds);
    }
    // 8-9, then 5-7, 2-4, and a last prev of only record 1: never overlapping.
    assertEquals(4, pages.size(), "pages");
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), ids);
  }

  @Test
  void fromOffset5WithLimit20PrevAsksForOffset0AndLimit5() {
    Response page = api.get("/projects?offset=5&limit=20");
    assertEnvelope(
        page,
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"},
                {"id": 7, "name": "Difference Engine", "owner": "Babbage & Sons + Co"},
                {"id": 8, "name": "Mechanical Notation", "owner": "Babbage & Sons + Co"},
                {"id": 9, "name": "Analytical Society", "owner": "Babbage & Sons + Co"}
              ],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=0&limit=5"}
            }
            """));

    assertEnvelope(
        api.get(link(page.json(), "prev")),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 1, "name": "Analytical Engine", "owner": "ada"},
                {"id": 2, "name": "Notes on the Engine", "owner": "ada"},
                {"id": 3, "name": "Bernoulli numbers", "owner": "ada"},
                {"id": 4, "name": "Compiler A-0", "owner": "grace"},
                {"id": 5, "name": "COBOL", "owner": "grace"}
              ],
              "count": 9,
              "pagination": {"next": "/projects?offset=5&limit=5", "prev": null}
            }
            """));
  }

  @Test
  void linksKeepThePathAndTheOtherQueryParametersPercentEncoded() {
    Response page =
        api.get("/projects?owner=" + encode(SPECIAL_OWNER) + "&sort=name&offset=1&limit=1");
    JsonNode body = page.json();
    URI next = link(body, "next");
    URI prev = link(body, "prev");

    assertLinkTo("/projects", next);
    assertEquals(
        Map.of(
            "owner", List.of(SPECIAL_OWNER),
            "sort", List.of("name"),
            "offset", List.of("2"),
            "limit", List.of("1")),
        queryOf(next));
    assertLinkTo("/projects", prev);
    assertEquals(
        Map.of(
            "owner", List.of(SPECIAL_OWNER),
            "sort", List.of("name"),
            "offset", List.of("0"),
            "limit", List.of("1")),
        queryOf(prev));
    // The rest of the envelope, exactly; the links were checked above.
    assertEnvelope(
        page,
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [{"id": 7, "name": "Difference Engine", "owner": "Babbage & Sons + Co"}],
              "count": 3,
              "pagination": {"next": "%s", "prev": "%s"}
            }
            """,
            next, prev));
  }

  @Test
  void linksKeepAFormEncodedQueryParameterAsTheServerReadIt() {
    URI next =
        link(api.get("/projects?owner=Babbage+%26+Sons+%2B+Co&sort=name&limit=2").json(), "next");

    assertLinkTo("/projects", next);
    assertEquals(
        Map.of(
            "owner", List.of(SPECIAL_OWNER),
            "sort", List.of("name"),
            "offset", List.of("2"),
            "limit", List.of("2")),
        queryOf(next));

    Response nextPage = api.get(next);
    URI prev = link(nextPage.json(), "prev");
    assertLinkTo("/projects", prev);
    assertEquals(
        Map.of(
            "owner", List.of(SPECIAL_OWNER),
            "sort", List.of("name"),
            "offset", List.of("0"),
            "limit", List.of("2")),
        queryOf(prev));
    assertEnvelope(
        nextPage,
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [{"id": 8, "name": "Mechanical Notation", "owner": "Babbage & Sons + Co"}],
              "count": 3,
              "pagination": {"next": null, "prev": "%s"}
            }
            """,
            prev));
  }

  @Test
  void followingNextLinksOfAFilteredSortedListSeesEveryMatchingRecordOnceInOrder() {
    List<String> names = new ArrayList<>();
    List<JsonNode> pages =
        followLinks(
            api.uri("/projects?owner=" + encode(SPECIAL_OWNER) + "&sort=name&limit=1"), "next");

    for (JsonNode page : pages) {
      assertEquals(3, page.get("count").asLong(), "count on every page");
      page.get("data").forEach(project -> names.add(project.get("name").asText()));
    }
    assertEquals(List.of("Analytical Society", "Difference Engine", "Mechanical Notation"), names);
  }

  @Test
  void linksOfTasksKeepTheProjectPathAndTheDoneFilter() {
    Response page = api.get("/projects/2/tasks?done=false&offset=0&limit=5");
    URI next = link(page.json(), "next");

    assertLinkTo("/projects/2/tasks", next);
    assertEquals(
        Map.of("done", List.of("false"), "offset", List.of("5"), "limit", List.of("5")),
        queryOf(next));
    assertEnvelope(
        page,
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 3, "project_id": 2, "title": "Note 1", "done": false},
                {"id": 4, "project_id": 2, "title": "Note 2", "done": false},
                {"id": 5, "project_id": 2, "title": "Note 3", "done": false},
                {"id": 6, "project_id": 2, "title": "Note 4", "done": false},
                {"id": 7, "project_id": 2, "title": "Note 5", "done": false}
              ],
              "count": 12,
              "pagination": {"next": "%s", "prev": null}
            }
            """,
            next));

    List<Long> ids = new ArrayList<>();
    for (JsonNode each : followLinks(api.uri("/projects/2/tasks?done=false&limit=5"), "next")) {
      each.get("data").forEach(task -> ids.add(task.get("id").asLong()));
    }
    assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L), ids);
  }

  @Test
  void pagePastTheEndHasNoDataTheTotalNoNextAndAPrevLinkToTheLastRecords() {
    Response page = api.get("/projects?offset=20&limit=4");
    assertEnvelope(
        page,
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=5&limit=4"}
            }
            """));

    assertEnvelope(
        api.get(link(page.json(), "prev")),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"},
                {"id": 7, "name": "Difference Engine", "owner": "Babbage & Sons + Co"},
                {"id": 8, "name": "Mechanical Notation", "owner": "Babbage & Sons + Co"},
                {"id": 9, "name": "Analytical Society", "owner": "Babbage & Sons + Co"}
              ],
              "count": 9,
              "pagination": {"next": null, "prev": "/projects?offset=1&limit=4"}
            }
            """));
  }

  @Test
  void ownerWithNoProjectsHasNoDataCount0AndNoLinks() {
    assertEnvelope(
        api.get("/projects?owner=babbage"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [],
              "count": 0,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }

  @Test
  void ownerWithNoProjectsPastOffset0StillHasNoLinks() {
    assertEnvelope(
        api.get("/projects?owner=babbage&offset=10&limit=5"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [],
              "count": 0,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }

  @Test
  void projectWithNoTasksHasNoDataCount0AndNoLinks() {
    assertEnvelope(
        api.get("/projects/3/tasks"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [],
              "count": 0,
              "pagination": {"next": null, "prev": null}
            }
            """));
  }

  /** Asserts a link to {@code path} of the server under test, relative to its root. */
  private static void assertLinkTo(String path, URI link) {
    EnvelopeAssertions.assertRelativeToServerRoot(link);
    assertEquals(path, link.getPath(), () -> "path of " + link);
  }

  /**
   * The pages from {@code first} on, following the {@code which} link of each until there is none;
   * each page must be a 200 in the envelope. Stops with a failure after 20 pages.
   */
  private static List<JsonNode> followLinks(URI first, String which) {
    List<JsonNode> pages = new ArrayList<>();
    URI uri = first;
    while (uri != null) {
      assertTrue(
          pages.size() < 20, () -> "more than 20 pages following " + which + " from " + first);
      Response response = api.get(uri);
      assertEquals(200, response.status(), () -> response.toString());
      EnvelopeAssertions.assertJsonContentType(response);
      JsonNode page = response.json();
      EnvelopeAssertions.assertKeyOrder(page);
      pages.add(page);
      JsonNode link = page.get("pagination").get(which);
      uri = link.isNull() ? null : URI.create(link.asText());
    }
    return pages;
  }
}
