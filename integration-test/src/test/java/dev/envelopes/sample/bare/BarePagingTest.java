package dev.envelopes.sample.bare;

import static dev.envelopes.sample.support.BareAssertions.assertBare;
import static dev.envelopes.sample.support.BareAssertions.contact;
import static dev.envelopes.sample.support.BareAssertions.cursorAt;
import static dev.envelopes.sample.support.BareAssertions.decodeCursor;
import static dev.envelopes.sample.support.BareAssertions.page;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.Cursors;
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
 * Paging in the bare style: {@code GET /contacts} answers {@code {cursor, count, totalRecordCount,
 * hasMoreRecords, data}}, two contacts a page by default, where {@code cursor} is the opaque cursor
 * of the next page (the base64 of {@code {"offset":N}}) and {@code null} on the last page. These
 * tests change nothing, so they share one server; the refused parameters are in {@link
 * BarePagingParametersTest}.
 */
class BarePagingTest {

  /** How many contacts the seed holds. */
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
  void firstPageAnswersTwoContactsAndTheCursorOfTheNextPageWithTheDocumentsKeysInOrder() {
    Response first = api.get("/contacts");

    assertBare(first, 200, page(cursorAt(2), TOTAL, true, 1, 2));
    assertEquals(Cursors.content(2), decodeCursor(first.json()));
  }

  @Test
  void firstPageIsWrittenAsTheDocumentShowsIt() {
    assertBare(
        api.get("/contacts"),
        200,
        SampleApi.json(
            """
            {
              "cursor": "%s",
              "count": 2,
              "totalRecordCount": 5,
              "hasMoreRecords": true,
              "data": [
                {
                  "contactId": "00000000-0000-0000-0000-000000000001",
                  "fullName": "Alice Johnson",
                  "email": "alice@example.com",
                  "active": true
                },
                {
                  "contactId": "00000000-0000-0000-0000-000000000002",
                  "fullName": "Bob Williams",
                  "email": "bob@example.com",
                  "active": true
                }
              ]
            }
            """,
            cursorAt(2)));
  }

  @Test
  void cursorOfTheFirstPageAnswersTheSecondPageWithTheCursorOfTheThird() {
    Response second = api.get("/contacts?cursor=" + encode(cursorAt(2)));

    assertBare(second, 200, page(cursorAt(4), TOTAL, true, 3, 4));
    assertEquals(Cursors.content(4), decodeCursor(second.json()));
  }

  @Test
  void lastPageAnswersTheRestWithANullCursorAndNoMoreRecords() {
    assertBare(
        api.get("/contacts?cursor=" + encode(cursorAt(4))), 200, page(null, TOTAL, false, 5));
  }

  @Test
  void followingTheCursorsFromTheFirstPageCollectsAllContactsInOrder() {
    // The document's client loop: follow the cursor while hasMoreRecords.
    List<JsonNode> collected = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      assertTrue(++pages <= TOTAL, () -> "the cursors do not end: " + cursors);
      Response response =
          cursor == null ? api.get("/contacts") : api.get("/contacts?cursor=" + encode(cursor));
      assertEquals(200, response.status(), () -> "status of " + response);
      JsonNode page = response.json();
      page.get("data").forEach(collected::add);
      cursor = page.get("hasMoreRecords").asBoolean() ? page.get("cursor").asText() : null;
      cursors.add(String.valueOf(page.get("cursor")));
    } while (cursor != null);

    assertEquals(3, pages, () -> "pages of two, cursors " + cursors);
    assertEquals(List.of(contact(1), contact(2), contact(3), contact(4), contact(5)), collected);
    assertEquals(
        List.of("\"" + cursorAt(2) + "\"", "\"" + cursorAt(4) + "\"", "null"),
        cursors,
        "the cursor of each page");
  }

  @Test
  void limitOfFiveAnswersEveryContactOnOnePage() {
    assertBare(api.get("/contacts?limit=5"), 200, page(null, TOTAL, false, 1, 2, 3, 4, 5));
  }

  @Test
  void limitOfFiftyTheMaximumIsAccepted() {
    assertBare(api.get("/contacts?limit=50"), 200, page(null, TOTAL, false, 1, 2, 3, 4, 5));
  }

  @Test
  void limitOfOneAnswersOneContactAndTheCursorAfterIt() {
    Response first = api.get("/contacts?limit=1");

    assertBare(first, 200, page(cursorAt(1), TOTAL, true, 1));
    assertEquals(Cursors.content(1), decodeCursor(first.json()));
  }

  @Test
  void cursorAndLimitTogetherAnswerThatManyFromTheCursor() {
    assertBare(
        api.get("/contacts?cursor=" + encode(cursorAt(1)) + "&limit=3"),
        200,
        page(cursorAt(4), TOTAL, true, 2, 3, 4));
  }

  @Test
  void cursorPastTheEndAnswersAnEmptyLastPage() {
    assertBare(api.get("/contacts?cursor=" + encode(cursorAt(99))), 200, page(null, TOTAL, false));
  }

  @Test
  void cursorPastedUnencodedIsReadTheSame() {
    // What the document's client loop sends: the cursor pasted into the query as it came.
    String pasted = cursorAt(99);
    assertTrue(pasted.matches("[A-Za-z0-9_.-]+"), pasted);

    assertBare(api.get("/contacts?cursor=" + pasted), 200, page(null, TOTAL, false));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"?cursor=", "?limit=", "?cursor=&limit=", "?limit=&cursor="})
  void emptyCursorAndLimitMeanTheFirstPageOfTheDefaultLimit(String query) {
    assertBare(api.get("/contacts" + query), 200, page(cursorAt(2), TOTAL, true, 1, 2));
  }
}
