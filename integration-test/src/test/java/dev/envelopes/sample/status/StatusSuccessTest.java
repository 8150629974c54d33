package dev.envelopes.sample.status;

import static dev.envelopes.sample.support.StatusAssertions.assertNoPagination;
import static dev.envelopes.sample.support.StatusAssertions.assertNoteNotFound;
import static dev.envelopes.sample.support.StatusAssertions.assertNullSuccess;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;
import static dev.envelopes.sample.support.StatusAssertions.assertSuccess;
import static dev.envelopes.sample.support.StatusAssertions.note;
import static dev.envelopes.sample.support.StatusAssertions.notes;
import static dev.envelopes.sample.support.StatusAssertions.number;
import static dev.envelopes.sample.support.StatusAssertions.page;
import static dev.envelopes.sample.support.StatusAssertions.success;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The successful answers of the status envelope: exactly {@code {"status": "success", "data":
 * ...}}, a record or a list in {@code data}, an empty list (not 204) when a search finds nothing, a
 * create 201 with a {@code Location} and the new id in {@code data}, an update or a delete 200 with
 * {@code data} {@code null}; and no {@code pagination} key on anything that is not a page.
 */
class StatusSuccessTest {

  private static final String VALID_BODY = "{\"title\": \"New\", \"body\": \"x\"}";

  private SampleApi api;

  @BeforeEach
  void start() {
    api = SampleApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void getOfANoteAnswers200WithTheNoteInData() {
    assertStatusEnvelope(
        api.get("/notes/1"),
        200,
        SampleApi.json(
            """
            {
              "status": "success",
              "data": {"id": 1, "title": "Groceries", "body": "Milk, eggs, flour", "locked": false}
            }
            """));
  }

  @Test
  void getOfTheLockedNoteAnswersItWithLockedTrue() {
    assertSuccess(api.get("/notes/3"), note(3, "Minutes", "Agreed on the status envelope", true));
  }

  @Test
  void searchAnswersTheNotesWhoseTitleContainsTheTextIgnoringCase() {
    // "i" is in Groceries, Ideas, Minutes and Reading; not in Travel.
    assertSuccess(api.get("/notes/search?text=i"), notes(1, 2, 3, 4));
    assertSuccess(api.get("/notes/search?text=MIN"), notes(3));
  }

  @Test
  void searchMatchesTheTitleOnlyNotTheBody() {
    // "JSend" and "train" are in bodies, in no title.
    assertSuccess(api.get("/notes/search?text=jsend"), notes());
    assertSuccess(api.get("/notes/search?text=train"), notes());
  }

  @Test
  void searchWithoutTextAnswersEveryNoteUnpaged() {
    assertSuccess(api.get("/notes/search"), notes(1, 2, 3, 4, 5));
  }

  @Test
  void searchThatFindsNothingAnswers200WithAnEmptyListNot204() {
    Response response = api.get("/notes/search?text=zz");

    assertStatusEnvelope(response, 200, SampleApi.json("{\"status\": \"success\", \"data\": []}"));
    assertEquals("{\"status\":\"success\",\"data\":[]}", response.body());
  }

  @Test
  void postOfANoteAnswers201WithItsLocationAndItsIdInData() {
    Response created = api.post("/notes", VALID_BODY);

    assertStatusEnvelope(created, 201, "/notes/6", success(number(6)));
    assertEquals("{\"status\":\"success\",\"data\":6}", created.body());
    assertSuccess(api.get(created.location()), note(6, "New", "x", false));
  }

  @Test
  void postOfANoteAtTheLimitsOfItsSizesIsAccepted() {
    String title = "t".repeat(40);
    String body = "b".repeat(200);

    assertStatusEnvelope(
        api.post("/notes", "{\"title\": \"%s\", \"body\": \"%s\"}".formatted(title, body)),
        201,
        "/notes/6",
        success(number(6)));
    assertSuccess(api.get("/notes/6"), note(6, title, body, false));
  }

  @Test
  void postedNotesAreCountedInTheNextPage() {
    api.post("/notes", VALID_BODY);

    assertStatusEnvelope(
        api.get("/notes?page=3"),
        200,
        page(6, 3, 3, 5).set("data", notes(5).add(note(6, "New", "x", false))));
  }

  @Test
  void putOfANoteAnswers200WithNullDataAndChangesIt() {
    Response updated = api.put("/notes/1", "{\"title\": \"Shopping\", \"body\": \"Bread\"}");

    assertNullSuccess(updated);
    assertEquals("{\"status\":\"success\",\"data\":null}", updated.body());
    assertSuccess(api.get("/notes/1"), note(1, "Shopping", "Bread", false));
  }

  @Test
  void deleteOfANoteAnswers200WithNullDataAndTheNoteIsGone() {
    assertNullSuccess(api.delete("/notes/2"));

    assertNoteNotFound(api.get("/notes/2"), 2);
    assertStatusEnvelope(api.get("/notes?per_page=20"), 200, page(4, 1, 1, 1, 3, 4, 5));
  }

  @Test
  void deleteOfTheLockedNoteIsAllowed() {
    // Locking stops changes, not deletion: Notebook.delete does not look at it.
    assertNullSuccess(api.delete("/notes/3"));

    assertNoteNotFound(api.get("/notes/3"), 3);
  }

  @Test
  void onlyThePagedListHasAPaginationKey() {
    assertNoPagination(api.get("/notes/1"));
    assertNoPagination(api.get("/notes/search?text=i"));
    assertNoPagination(api.get("/notes/search?text=zz"));
    assertNoPagination(api.post("/notes", VALID_BODY));
    assertNoPagination(api.put("/notes/1", VALID_BODY));
    assertNoPagination(api.delete("/notes/1"));
  }
}
