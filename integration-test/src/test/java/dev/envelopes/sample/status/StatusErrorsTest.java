package dev.envelopes.sample.status;

import static dev.envelopes.sample.support.StatusAssertions.assertError;
import static dev.envelopes.sample.support.StatusAssertions.assertInvalid;
import static dev.envelopes.sample.support.StatusAssertions.assertNoteNotFound;
import static dev.envelopes.sample.support.StatusAssertions.assertStatusEnvelope;
import static dev.envelopes.sample.support.StatusAssertions.assertSuccess;
import static dev.envelopes.sample.support.StatusAssertions.attribute;
import static dev.envelopes.sample.support.StatusAssertions.note;
import static dev.envelopes.sample.support.StatusAssertions.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client errors of the status envelope. Input that does not validate, JSON that does not parse
 * or fit, and the 422 a locked note declares are a {@code failure}: 422, {@code {status, data,
 * message, errors}}, {@code data} and {@code errors} the same list of {@code {attribute_name,
 * messages}} sorted by attribute, each attribute's messages sorted. Everything else is an {@code
 * error} with its own status, {@code {status, message, errors}} and never {@code data}; {@code
 * code} only where the exception declares one. A refused request changes nothing.
 */
class StatusErrorsTest {

  private static final String VALID_BODY = "{\"title\": \"Shopping\", \"body\": \"Bread\"}";

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
  void getOfAnUnknownNoteAnswers404ErrorWithItsCodeAndNoData() {
    Response response = api.get("/notes/9");

    assertStatusEnvelope(
        response,
        404,
        SampleApi.json(
            """
            {
              "status": "error",
              "message": "Note 9 does not exist.",
              "errors": [],
              "code": "note_not_found"
            }
            """));
    assertFalse(response.json().has("data"), () -> "data in an error: " + response);
  }

  @Test
  void getOfAnIdThatIsNoNumberAnswers404ErrorOfNoResourceWithoutCode() {
    assertError(api.get("/notes/abc"), 404, "No resource matches the request.");
  }

  @Test
  void postOfABlankTitleAnswers422FailureNamingIt() {
    Response response = api.post("/notes", "{\"title\": \"\", \"body\": \"x\"}");

    assertStatusEnvelope(
        response,
        422,
        SampleApi.json(
            """
            {
              "status": "failure",
              "data": [{"attribute_name": "title", "messages": ["must not be blank"]}],
              "message": "The request is not valid.",
              "errors": [{"attribute_name": "title", "messages": ["must not be blank"]}]
            }
            """));
    assertNothingCreated();
  }

  @Test
  void postWithoutATitleAnswers422FailureNamingIt() {
    assertInvalid(api.post("/notes", "{\"body\": \"x\"}"), attribute("title", "must not be blank"));
    assertInvalid(api.post("/notes", "{}"), attribute("title", "must not be blank"));
    assertNothingCreated();
  }

  @Test
  void postOfATitleOverFortyCharactersAnswers422FailureNamingIt() {
    assertInvalid(
        api.post("/notes", "{\"title\": \"%s\", \"body\": \"x\"}".formatted("t".repeat(41))),
        attribute("title", "size must be between 0 and 40"));
    assertNothingCreated();
  }

  @Test
  void postWithTwoBadFieldsAnswersBothSortedByAttributeName() {
    assertInvalid(
        api.post("/notes", "{\"title\": \"\", \"body\": \"%s\"}".formatted("b".repeat(201))),
        attribute("body", "size must be between 0 and 200"),
        attribute("title", "must not be blank"));
    assertNothingCreated();
  }

  @Test
  void fieldWithTwoViolationsListsBothMessagesSorted() {
    // 41 spaces: blank, and too long.
    assertInvalid(
        api.post(
            "/notes",
            "{\"title\": \"%s\", \"body\": \"%s\"}".formatted(" ".repeat(41), "b".repeat(201))),
        attribute("body", "size must be between 0 and 200"),
        attribute("title", "must not be blank", "size must be between 0 and 40"));
    assertNothingCreated();
  }

  @Test
  void postOfMalformedJsonAnswers422FailureWithNoAttribute() {
    Response response = api.post("/notes", "{bad");

    assertStatusEnvelope(
        response,
        422,
        SampleApi.json(
            """
            {
              "status": "failure",
              "data": [],
              "message": "The request body is not valid JSON.",
              "errors": []
            }
            """));
    assertNothingCreated();
  }

  @Test
  void postWithAnUnknownFieldAnswers422FailureNamingIt() {
    assertInvalid(
        api.post("/notes", "{\"title\": \"A\", \"body\": \"x\", \"tags\": \"y\"}"),
        attribute("tags", "is not a known field"));
    assertNothingCreated();
  }

  @Test
  void postWithAFieldOfTheWrongTypeAnswers422FailureNamingIt() {
    assertInvalid(
        api.post("/notes", "{\"title\": [\"A\"], \"body\": \"x\"}"),
        attribute("title", "does not have the expected type or format"));
    assertNothingCreated();
  }

  @Test
  void postWithoutABodyAnswers422FailureNamingTheRequestBody() {
    // The request body is named "body", as in the other styles; here it reads like the field.
    assertInvalid(api.post("/notes", ""), attribute("body", "must not be null"));
    assertInvalid(api.post("/notes", "null"), attribute("body", "must not be null"));
    assertNothingCreated();
  }

  @Test
  void putOfTheLockedNoteAnswers422FailureWithoutCodeAndChangesNothing() {
    Response response = api.put("/notes/3", VALID_BODY);

    assertStatusEnvelope(
        response,
        422,
        SampleApi.json(
            """
            {
              "status": "failure",
              "data": [],
              "message": "The note is locked.",
              "errors": []
            }
            """));
    assertFalse(response.json().has("code"), () -> "a code in " + response);
    assertSuccess(api.get("/notes/3"), note(3));
  }

  @Test
  void putOfAnInvalidNoteAnswers422FailureBeforeTheLockIsLookedAt() {
    assertInvalid(
        api.put("/notes/3", "{\"title\": \" \", \"body\": \"Bread\"}"),
        attribute("title", "must not be blank"));
    assertSuccess(api.get("/notes/3"), note(3));
  }

  @Test
  void putOfAnInvalidNoteAnswers422FailureAndChangesNothing() {
    assertInvalid(
        api.put("/notes/1", "{\"title\": \"\", \"body\": \"Bread\"}"),
        attribute("title", "must not be blank"));
    assertSuccess(api.get("/notes/1"), note(1));
  }

  @Test
  void putOfAnUnknownNoteAnswers404ErrorWithItsCode() {
    assertNoteNotFound(api.put("/notes/9", VALID_BODY), 9);
    assertNothingCreated();
  }

  @Test
  void deleteOfAnUnknownNoteAnswers404ErrorWithItsCode() {
    assertNoteNotFound(api.delete("/notes/9"), 9);
    assertNothingCreated();
  }

  @Test
  void deleteOfADeletedNoteAnswers404ErrorWithItsCode() {
    assertEquals(200, api.delete("/notes/2").status());

    assertNoteNotFound(api.delete("/notes/2"), 2);
  }

  @Test
  void postOfAnotherMediaTypeAnswers415ErrorWithoutCode() {
    // JSON text, but sent as text/plain: the framework refuses it before the method runs.
    Response response = api.postAs("/notes", "text/plain", VALID_BODY);

    assertError(response, 415, "The resource does not accept the media type of the request body.");
    assertNothingCreated();
  }

  /** The seed is all there is: the five notes, unchanged. */
  private void assertNothingCreated() {
    assertStatusEnvelope(api.get("/notes?per_page=20"), 200, page(5, 1, 1, 1, 2, 3, 4, 5));
  }
}
