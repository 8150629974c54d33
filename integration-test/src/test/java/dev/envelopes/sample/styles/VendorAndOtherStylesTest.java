package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertBare;
import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.BareAssertions.contact;
import static dev.envelopes.sample.support.BareAssertions.cursorAt;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.SampleApi.contactId;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.StatusAssertions.assertNoteNotFound;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;
import static dev.envelopes.sample.support.StatusAssertions.note;
import static dev.envelopes.sample.support.VendorAssertions.assertListNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.BareAssertions;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.StatusAssertions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vendor style beside the three others in one application: lists in the vendor style their
 * package chooses, notes in the status envelope, contacts in the bare style, projects in the meta
 * envelope. The vendor style's own checks, of the query and of {@code cursor} and {@code limit},
 * and its {@code Link} header, stay with the lists: the other resources answer as they did before
 * it, in {@code application/json}. These tests change nothing, so they share one server.
 */
class VendorAndOtherStylesTest {

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
  void unknownListNoteContactAndProjectEachAnswer404InTheirOwnStyle() {
    assertListNotFound(api.get("/lists/9"), 9);
    assertNoteNotFound(api.get("/notes/9"), 9);
    assertBareError(
        api.get("/contacts/" + contactId(9)),
        404,
        "NOT_FOUND",
        "Contact 00000000-0000-0000-0000-000000000009 does not exist.");
    assertEnvelope(
        api.get("/projects/99"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 99 does not exist."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void projectStillAnswersTheMetaEnvelopeInJson() {
    assertEnvelope(
        api.get("/projects/1"),
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
              "data": {"id": 1, "name": "Analytical Engine", "owner": "ada"},
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void noteStillAnswersTheStatusEnvelopeInJson() {
    assertStatusEnvelope(
        api.get("/notes/1"),
        200,
        json(
            """
            {
              "status": "success",
              "data": {"id": 1, "title": "Groceries", "body": "Milk, eggs, flour", "locked": false}
            }
            """));
    assertEquals(note(1), api.get("/notes/1").json().get("data"));
  }

  @Test
  void contactStillAnswersBareInJson() {
    assertBare(api.get("/contacts/" + contactId(1)), 200, contact(1));
  }

  @Test
  void contactsPageWithCursorAndLimitIsNotCheckedOrLinkedAsAVendorPage() {
    // cursor and limit are the vendor's paging parameters too; for contacts they stay bare.
    Response response = api.get("/contacts?limit=2&cursor=" + encode(cursorAt(2)));

    assertBare(response, 200, BareAssertions.page(cursorAt(4), 5, true, 3, 4));
    assertEquals(List.of(), response.header("Link"), () -> "Link of " + response);
  }

  @Test
  void notesPageIsNotLinkedAsAVendorPage() {
    Response response = api.get("/notes?page=1");

    assertStatusEnvelope(response, 200, StatusAssertions.page(5, 1, 3, 1, 2));
    assertEquals(List.of(), response.header("Link"), () -> "Link of " + response);
  }

  @Test
  void queryParametersOfTheOtherResourcesAreNotCheckedAsTheVendorsAre() {
    // view and include mean nothing to notes and projects: they are ignored, not refused.
    assertStatusEnvelope(
        api.get("/notes?page=1&view=bogus&include=owners"),
        200,
        StatusAssertions.page(5, 1, 3, 1, 2));
    assertEnvelope(
        api.get("/projects/99?view=bogus"),
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["Project 99 does not exist."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void unmatchedPathElsewhereStillAnswersTheMeta404() {
    assertMetaNoResourceMatches(api.get("/nothing"));
  }

  @Test
  void versionPrefixMeansNothingToAMetaResource() {
    assertMetaNoResourceMatches(api.get("/v2/projects/1"));
  }

  @Test
  void otherVersionPrefixOfAMetaResourceIsNotAnsweredAsAnUnsupportedVendorVersion() {
    assertMetaNoResourceMatches(api.get("/v3/projects"));
  }

  @Test
  void answersOfTheOtherStylesCarryNoRequestId() {
    for (String path :
        List.of("/projects/1", "/projects/99", "/notes/1", "/contacts", "/nothing")) {
      Response response = api.getWith(path, "X-Request-Id", "abc-123");

      assertEquals(List.of(), response.header("X-Request-Id"), response::toString);
    }
  }

  @Test
  void answersOfTheListsStillCarryTheRequestId() {
    Response response = api.getWith("/lists/1", "X-Request-Id", "abc-123");

    assertEquals(List.of("abc-123"), response.header("X-Request-Id"), response::toString);
  }

  private static void assertMetaNoResourceMatches(Response response) {
    assertEnvelope(
        response,
        404,
        json(
            """
            {
              "success": false,
              "code": 1004,
              "message": "Resource not found",
              "status_code": 404,
              "status_message": "Not Found",
              "detailed": ["No resource matches the request."],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }
}
