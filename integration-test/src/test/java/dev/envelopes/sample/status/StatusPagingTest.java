package dev.envelopes.sample.status;

import static dev.envelopes.sample.support.StatusAssertions.PAGE_MESSAGE;
import static dev.envelopes.sample.support.StatusAssertions.PER_PAGE_MESSAGE;
import static dev.envelopes.sample.support.StatusAssertions.assertInvalid;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;
import static dev.envelopes.sample.support.StatusAssertions.attribute;
import static dev.envelopes.sample.support.StatusAssertions.note;
import static dev.envelopes.sample.support.StatusAssertions.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paging in the status envelope: {@code GET /notes} answers {@code {status, data, pagination}},
 * {@code pagination} being {@code {total_count, current_page, total_pages}}, two notes a page by
 * default and at most 20. A page past the last answers an empty {@code data} with the true totals;
 * a bad {@code page} or {@code per_page} answers a 422 failure naming it, with no {@code code}.
 * These tests change nothing, so they share one server.
 */
class StatusPagingTest {

  /** How many notes the seed holds. */
  private static final int TOTAL = 5;

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
  void firstPageIsWrittenAsTheDocumentShowsIt() {
    assertStatusEnvelope(
        api.get("/notes"),
        200,
        SampleApi.json(
            """
            {
              "status": "success",
              "data": [
                {"id": 1, "title": "Groceries", "body": "Milk, eggs, flour", "locked": false},
                {
                  "id": 2,
                  "title": "Ideas",
                  "body": "A processor that writes envelopes",
                  "locked": false
                }
              ],
              "pagination": {"total_count": 5, "current_page": 1, "total_pages": 3}
            }
            """));
  }

  @Test
  void secondPageAnswersTheThirdAndFourthNotesTheLockedOneAmongThem() {
    assertStatusEnvelope(api.get("/notes?page=2"), 200, page(TOTAL, 2, 3, 3, 4));
    assertEquals(
        note(3, "Minutes", "Agreed on the status envelope", true),
        api.get("/notes?page=2").json().get("data").get(0));
  }

  @Test
  void lastPageAnswersTheRest() {
    assertStatusEnvelope(api.get("/notes?page=3"), 200, page(TOTAL, 3, 3, 5));
  }

  @Test
  void pagePastTheLastAnswers200WithEmptyDataAndTheTrueTotals() {
    assertStatusEnvelope(api.get("/notes?page=9"), 200, page(TOTAL, 9, 3));
  }

  @Test
  void pageFarPastTheLastAnswersItsOwnNumberAsTheCurrentPage() {
    assertStatusEnvelope(api.get("/notes?page=1000000"), 200, page(TOTAL, 1_000_000, 3));
  }

  @Test
  void largestPageTheParameterTakesAnswersAnEmptyPageNotAnOverflow() {
    assertStatusEnvelope(
        api.get("/notes?page=" + Long.MAX_VALUE), 200, page(TOTAL, Long.MAX_VALUE, 3));
  }

  @Test
  void walkingThePagesUntilTheCurrentIsTheLastCollectsAllNotesInOrder() {
    // The document's client loop: ask for the next page while current_page < total_pages.
    List<JsonNode> collected = new ArrayList<>();
    long current = 0;
    long totalPages;
    do {
      assertTrue(current < TOTAL, () -> "the pages do not end: " + collected);
      Response response = api.get("/notes?page=" + (current + 1));
      assertEquals(200, response.status(), () -> "status of " + response);
      JsonNode pagination = response.json().get("pagination");
      assertEquals(TOTAL, pagination.get("total_count").asLong(), "total_count of every page");
      current = pagination.get("current_page").asLong();
      totalPages = pagination.get("total_pages").asLong();
      response.json().get("data").forEach(collected::add);
    } while (current < totalPages);

    assertEquals(3, current, "pages of two");
    assertEquals(List.of(note(1), note(2), note(3), note(4), note(5)), collected);
  }

  @Test
  void perPageOfFiveAnswersEveryNoteOnOnePage() {
    // 5 / 5 is exactly one page.
    assertStatusEnvelope(api.get("/notes?per_page=5"), 200, page(TOTAL, 1, 1, 1, 2, 3, 4, 5));
  }

  @Test
  void perPageOfTwentyTheMaximumIsAccepted() {
    assertStatusEnvelope(api.get("/notes?per_page=20"), 200, page(TOTAL, 1, 1, 1, 2, 3, 4, 5));
  }

  @Test
  void perPageOfThreeRoundsTheTotalPagesUp() {
    // 5 / 3 is one full page and a part: two pages.
    assertStatusEnvelope(api.get("/notes?per_page=3"), 200, page(TOTAL, 1, 2, 1, 2, 3));
    assertStatusEnvelope(api.get("/notes?per_page=3&page=2"), 200, page(TOTAL, 2, 2, 4, 5));
  }

  @Test
  void perPageOfOneAnswersAPageForEachNote() {
    assertStatusEnvelope(api.get("/notes?per_page=1&page=4"), 200, page(TOTAL, 4, 5, 4));
  }

  @Test
  void leadingZeroInPageIsStillThatWholeNumber() {
    assertStatusEnvelope(api.get("/notes?page=02"), 200, page(TOTAL, 2, 3, 3, 4));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"?page=", "?per_page=", "?page=&per_page=", "?per_page=&page="})
  void emptyPageAndPerPageMeanTheDefaults(String query) {
    assertStatusEnvelope(api.get("/notes" + query), 200, page(TOTAL, 1, 3, 1, 2));
  }

  @ParameterizedTest(name = "page={0}")
  @ValueSource(strings = {"0", "-1", "abc", "1.5", "%2B1", "%201", "9223372036854775808"})
  void pageThatIsNoWholeNumberFromOneAnswers422FailureNamingIt(String value) {
    assertInvalid(api.get("/notes?page=" + value), attribute("page", PAGE_MESSAGE));
  }

  @Test
  void pageGivenTwiceAnswers422FailureNamingIt() {
    assertInvalid(api.get("/notes?page=1&page=2"), attribute("page", PAGE_MESSAGE));
  }

  @ParameterizedTest(name = "per_page={0}")
  @ValueSource(strings = {"0", "21", "x", "-2", "2.0"})
  void perPageOutsideOneToTwentyAnswers422FailureNamingIt(String value) {
    assertInvalid(api.get("/notes?per_page=" + value), attribute("per_page", PER_PAGE_MESSAGE));
  }

  @Test
  void perPageGivenTwiceAnswers422FailureNamingIt() {
    assertInvalid(api.get("/notes?per_page=2&per_page=2"), attribute("per_page", PER_PAGE_MESSAGE));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"?page=0&per_page=0", "?per_page=21&page=abc"})
  void bothBadAnswerOneFailureNamingPageFirstThenPerPage(String query) {
    assertInvalid(
        api.get("/notes" + query),
        attribute("page", PAGE_MESSAGE),
        attribute("per_page", PER_PAGE_MESSAGE));
  }

  @Test
  void badPagingFailureHasNoCodeKey() {
    Response response = api.get("/notes?page=0");

    assertEquals(422, response.status(), () -> "status of " + response);
    assertFalse(response.json().has("code"), () -> "a code in " + response);
  }
}
