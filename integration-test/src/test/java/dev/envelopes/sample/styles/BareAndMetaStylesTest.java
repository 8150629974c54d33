package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.contactId;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both styles in one application: the contacts package chooses the bare style, the rest of the API
 * keeps the meta envelope, its default, and so do paths that match no resource. These tests change
 * nothing, so they share one server.
 */
class BareAndMetaStylesTest {

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
  void unknownContactAnswersTheBare404WhileAnUnknownProjectAnswersTheMeta404() {
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
  void unmatchedPathUnderContactsAnswersBareWhileAnUnmatchedPathElsewhereAnswersMeta() {
    assertBareError(
        api.get("/contacts/not-a-uuid"), 404, "NOT_FOUND", "No resource matches the request.");
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
