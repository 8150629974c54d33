package dev.envelopes.sample.bare;

import static dev.envelopes.sample.support.BareAssertions.assertBare;
import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.BareAssertions.contact;
import static dev.envelopes.sample.support.BareAssertions.page;
import static dev.envelopes.sample.support.SampleApi.contactId;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client errors of the bare style: {@code {"errorCode", "errorMessage"}} with the document's
 * code and status ({@code VALIDATION_ERROR} and {@code PRECONDITION_FAILED} 400, {@code
 * UNAUTHORIZED} 401, {@code NOT_FOUND} and {@code ATTACHMENT_NOT_FOUND} 404), always as {@code
 * application/json}. A refused request changes nothing.
 */
class BareErrorsTest {

  private static final String VALID_BODY = "{\"fullName\": \"Zed\", \"email\": \"z@example.com\"}";

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
  void createWithAnEmailAnotherContactHasAnswersBusinessRuleViolationWith400() {
    assertBareError(
        api.post("/contacts", "{\"fullName\": \"Robert\", \"email\": \"bob@example.com\"}"),
        400,
        "BUSINESS_RULE_VIOLATION",
        "Another contact already has the email bob@example.com.");
  }

  @Test
  void attachmentOfATypeNotAllowedAnswersInvalidFileTypeWith400() {
    assertBareError(
        api.sendAs("PUT", attachmentPath("notes.exe"), "application/octet-stream", "hello"),
        400,
        "INVALID_FILE_TYPE",
        "File type not allowed. Allowed extensions: .pdf, .doc, .docx");
  }

  @Test
  void attachmentOverOneKilobyteAnswersFileTooLargeWith400() {
    assertBareError(
        api.sendAs("PUT", attachmentPath("big.pdf"), "application/octet-stream", "a".repeat(1025)),
        400,
        "FILE_TOO_LARGE",
        "File too large. Maximum size: 1 KB");
    assertBareError(
        api.get(attachmentPath("big.pdf")),
        404,
        "ATTACHMENT_NOT_FOUND",
        "The requested attachment big.pdf was not found.");
  }

  @Test
  void attachmentOfExactlyOneKilobyteIsStoredAndAnsweredItself() {
    Response upload =
        api.sendAs("PUT", attachmentPath("plan.pdf"), "application/octet-stream", "a".repeat(1024));

    assertEquals(200, upload.status(), () -> "upload: " + upload);
    assertEquals("", upload.body());
    assertBare(
        api.get(attachmentPath("plan.pdf")), 200, json("{\"name\": \"plan.pdf\", \"size\": 1024}"));
  }

  private static String attachmentPath(String name) {
    return "/contacts/" + contactId(1) + "/attachments/" + name;
  }

  @Test
  void getOfAnUnknownContactAnswers404NotFoundNamingIt() {
    assertBareError(
        api.get("/contacts/" + contactId(9)),
        404,
        "NOT_FOUND",
        "Contact 00000000-0000-0000-0000-000000000009 does not exist.");
  }

  @Test
  void getOfAnIdThatIsNoUuidAnswers404NotFoundOfNoResource() {
    assertBareError(
        api.get("/contacts/not-a-uuid"), 404, "NOT_FOUND", "No resource matches the request.");
  }

  @Test
  void postOfAnInvalidContactAnswers400NamingEachFieldInOrder() {
    assertValidationError(
        api.post("/contacts", "{\"fullName\": \"\", \"email\": \"x\"}"),
        "email: must be a well-formed email address; fullName: must not be blank");
    assertNothingCreated();
  }

  @Test
  void postOfAnEmptyObjectAnswers400NamingBothMissingFields() {
    assertValidationError(
        api.post("/contacts", "{}"), "email: must not be blank; fullName: must not be blank");
    assertNothingCreated();
  }

  @Test
  void postOfMalformedJsonAnswers400SayingSo() {
    assertValidationError(api.post("/contacts", "{bad"), "The request body is not valid JSON.");
    assertNothingCreated();
  }

  @Test
  void postWithAnUnknownFieldAnswers400NamingIt() {
    assertValidationError(
        api.post(
            "/contacts",
            "{\"fullName\": \"Zed\", \"email\": \"z@example.com\", \"nickname\": \"z\"}"),
        "nickname: is not a known field");
    assertNothingCreated();
  }

  @Test
  void postWithAFieldOfTheWrongTypeAnswers400NamingIt() {
    assertValidationError(
        api.post("/contacts", "{\"fullName\": [\"Zed\"], \"email\": \"z@example.com\"}"),
        "fullName: does not have the expected type or format");
    assertNothingCreated();
  }

  @Test
  void putOfAnInactiveContactAnswers400PreconditionFailedAndChangesNothing() {
    assertBareError(
        api.put("/contacts/" + contactId(5), VALID_BODY),
        400,
        "PRECONDITION_FAILED",
        "Cannot update inactive contacts");
    assertBare(api.get("/contacts/" + contactId(5)), 200, contact(5));
  }

  @Test
  void putOfAnInvalidContactAnswers400BeforeAnythingElse() {
    assertValidationError(
        api.put("/contacts/" + contactId(1), "{\"fullName\": \" \", \"email\": \"a@example.com\"}"),
        "fullName: must not be blank");
    assertBare(api.get("/contacts/" + contactId(1)), 200, contact(1));
  }

  @Test
  void putOfAnUnknownContactAnswers404NotFound() {
    assertBareError(
        api.put("/contacts/" + contactId(9), VALID_BODY),
        404,
        "NOT_FOUND",
        "Contact 00000000-0000-0000-0000-000000000009 does not exist.");
    assertNothingCreated();
  }

  @Test
  void deleteWithoutApiKeyAnswers401AndKeepsTheContact() {
    assertBareError(
        api.delete("/contacts/" + contactId(1)),
        401,
        "UNAUTHORIZED",
        "Send a valid X-Api-Key header.");
    assertBare(api.get("/contacts/" + contactId(1)), 200, contact(1));
  }

  @Test
  void deleteWithAWrongApiKeyAnswers401AndKeepsTheContact() {
    assertBareError(
        api.delete("/contacts/" + contactId(1), "ada-key"),
        401,
        "UNAUTHORIZED",
        "Send a valid X-Api-Key header.");
    assertBare(api.get("/contacts/" + contactId(1)), 200, contact(1));
  }

  @Test
  void attachmentThatDoesNotExistAnswers404AttachmentNotFound() {
    assertBareError(
        api.get("/contacts/" + contactId(1) + "/attachments/a.pdf"),
        404,
        "ATTACHMENT_NOT_FOUND",
        "The requested attachment a.pdf was not found.");
  }

  /** The seed is all there is: the five contacts, unchanged. */
  private void assertNothingCreated() {
    assertBare(api.get("/contacts?limit=50"), 200, page(null, 5, false, 1, 2, 3, 4, 5));
  }
}
