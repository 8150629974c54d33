package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.contactId;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three styles in one application, side by side answering the same thing, a 404 for a record
 * that does not exist: notes in the status envelope their class chooses, contacts in the bare style
 * their package chooses, projects in the meta envelope, the API's default. These tests change
 * nothing, so they share one server.
 */
class StatusBareAndMetaStylesTest {

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
  void unknownNoteContactAndProjectEachAnswer404InTheirOwnStyle() {
    assertStatusEnvelope(
        api.get("/notes/9"),
        404,
        json(
            """
            {
              "status": "error",
              "message": "Note 9 does not exist.",
              "errors": [],
              "code": "note_not_found"
            }
            """));
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
  void unmatchedPathUnderNotesAnswersTheStatusEnvelopeWhileOneElsewhereAnswersMeta() {
    assertStatusEnvelope(
        api.get("/notes/not-a-number"),
        404,
        json(
            """
            {"status": "error", "message": "No resource matches the request.", "errors": []}
            """));
    assertEnvelope(
        api.get("/nothing"),
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
