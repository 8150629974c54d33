package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.VendorAssertions.MEDIA_TYPE;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.assertData;
import static dev.envelopes.sample.support.VendorAssertions.assertError;
import static dev.envelopes.sample.support.VendorAssertions.assertListNotFound;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.error;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.list;
import static dev.envelopes.sample.support.VendorAssertions.page;
import static dev.envelopes.sample.support.VendorAssertions.unsupported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client errors of the vendor style: {@code {"request_uuid", "status": "error", "errors"}} in
 * {@code application/vnd.flow.v2+json}, each error {@code {message, code, link, description[,
 * attribute]}}. A list that does not exist is a 404 {@code record_not_found}, an archived one a 409
 * {@code not_modified}; a body that does not parse, fit or validate is a 400 {@code
 * invalid_attribute}, one error per field sorted by attribute, {@code attribute} left out when the
 * error is about no field. A refused request changes nothing.
 */
class VendorErrorsTest {

  private static final String VALID_BODY = "{\"name\": \"Changed\", \"workspace_id\": 52}";

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
  void listWithoutItsRequiredWorkspaceAnswersMissingParam() {
    assertBadRequest(
        api.get("/lists"),
        error(
            "missing_param",
            "param is missing or the value is empty: workspace_id",
            "workspace_id"));
  }

  @Test
  void emptyNameIsInvalidRatherThanMissing() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"\", \"workspace_id\": 52}"),
        invalid("name", "name must not be blank"));
  }

  @Test
  void getOfAnUnknownListAnswers404RecordNotFoundAsTheDocumentShowsIt() {
    Response response = api.get("/lists/9");

    String id = assertListNotFound(response, 9);
    assertEquals(
        SampleApi.json(
            """
            {
              "request_uuid": "%s",
              "status": "error",
              "errors": [
                {
                  "message": "List 9 could not be located.",
                  "code": "record_not_found",
                  "link": "https://developer.getflow.com/errors/record_not_found",
                  "description": "List 9 could not be located."
                }
              ]
            }
            """,
            id),
        response.json());
    assertFalse(
        response.json().get("errors").get(0).has("attribute"), () -> "attribute in " + response);
  }

  @Test
  void getOfAnIdThatIsNoNumberAnswers404RecordNotFoundOfNoResource() {
    assertError(
        api.get("/lists/abc"), 404, error("record_not_found", "No resource matches the request."));
  }

  @Test
  void postOfABlankNameAndNoWorkspaceAnswers400WithAnErrorForEachSortedByAttribute() {
    // The workspace's attribute is its JSON name, workspace_id, not the Java property workspaceId.
    Response response = api.post("/lists", "{\"name\": \"\", \"workspace_id\": 0}");

    String id =
        assertBadRequest(
            response,
            invalid("name", "name must not be blank"),
            invalid("workspace_id", "workspace_id must be greater than 0"));
    assertEquals(
        SampleApi.json(
            """
            {
              "request_uuid": "%s",
              "status": "error",
              "errors": [
                {
                  "message": "name must not be blank",
                  "code": "invalid_attribute",
                  "link": "https://developer.getflow.com/errors/invalid_attribute",
                  "description": "name must not be blank",
                  "attribute": "name"
                },
                {
                  "message": "workspace_id must be greater than 0",
                  "code": "invalid_attribute",
                  "link": "https://developer.getflow.com/errors/invalid_attribute",
                  "description": "workspace_id must be greater than 0",
                  "attribute": "workspace_id"
                }
              ]
            }
            """,
            id),
        response.json());
    assertNothingCreated();
  }

  @Test
  void postWithoutANameAnswersMissingParamAndCreatesNothing() {
    assertBadRequest(
        api.post("/lists", "{\"workspace_id\": 52}"),
        error("missing_param", "param is missing or the value is empty: name", "name"));
    assertNothingCreated();
  }

  @Test
  void postWithoutAWorkspaceAnswers400NamingIt() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"New\"}"),
        invalid("workspace_id", "workspace_id must be greater than 0"));
    assertNothingCreated();
  }

  @Test
  void postInTheVendorMediaTypeThatDoesNotValidateAnswers400Too() {
    assertBadRequest(
        api.sendAs("POST", "/v2/lists", MEDIA_TYPE, "{\"name\": \" \", \"workspace_id\": 52}"),
        invalid("name", "name must not be blank"));
    assertNothingCreated();
  }

  @Test
  void postOfADateThatIsNotIso8601Answers400NamingTheField() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"New\", \"workspace_id\": 52, \"due_on\": \"May 1\"}"),
        invalid("due_on", "due_on does not have the expected type or format"));
    assertNothingCreated();
  }

  @Test
  void postOfADayThatDoesNotExistAnswers400NamingTheField() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"New\", \"workspace_id\": 52, \"due_on\": \"2026-02-30\"}"),
        invalid("due_on", "due_on does not have the expected type or format"));
    assertNothingCreated();
  }

  @Test
  void postOfAWorkspaceThatIsNoNumberAnswers400NamingTheField() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"New\", \"workspace_id\": \"abc\"}"),
        invalid("workspace_id", "workspace_id does not have the expected type or format"));
    assertNothingCreated();
  }

  @Test
  void postWithAnUnknownFieldAnswers400NamingIt() {
    assertBadRequest(
        api.post("/lists", "{\"name\": \"New\", \"workspace_id\": 52, \"tags\": 1}"),
        invalid("tags", "tags is not a known field"));
    assertNothingCreated();
  }

  @Test
  void postOfMalformedJsonAnswers400WithoutAttribute() {
    Response response = api.post("/lists", "{bad");

    assertBadRequest(response, error("invalid_attribute", "The request body is not valid JSON."));
    JsonNode error = response.json().get("errors").get(0);
    assertFalse(error.has("attribute"), () -> "attribute in " + response);
    assertNothingCreated();
  }

  @Test
  void postWithoutABodyAnswersMissingParamNamingTheRequestBody() {
    ObjectNode missingBody =
        error("missing_param", "param is missing or the value is empty: body", "body");
    assertBadRequest(api.post("/lists", ""), missingBody);
    assertBadRequest(api.post("/lists", "null"), missingBody);
    assertNothingCreated();
  }

  @Test
  void postWithAQueryParameterAnswers400UnsupportedParamAndCreatesNothing() {
    assertBadRequest(api.post("/lists?workspace_id=52", VALID_BODY), unsupported("workspace_id"));
    assertNothingCreated();
  }

  @Test
  void postOfAnotherMediaTypeAnswers415() {
    assertError(
        api.sendAs("POST", "/lists", "text/plain", VALID_BODY),
        415,
        error(
            "unsupported_media_type",
            "The resource does not accept the media type of the request body."));
    assertNothingCreated();
  }

  @Test
  void putOfTheArchivedListAnswers409NotModifiedAndChangesNothing() {
    assertError(
        api.put("/lists/2", VALID_BODY),
        409,
        error("not_modified", "List 2 is archived and could not be modified."));
    assertData(api.get("/lists/2"), list(2));
  }

  @Test
  void putOfAnInvalidListAnswers400BeforeTheArchiveIsLookedAt() {
    assertBadRequest(
        api.put("/lists/2", "{\"name\": \"\", \"workspace_id\": 52}"),
        invalid("name", "name must not be blank"));
    assertData(api.get("/lists/2"), list(2));
  }

  @Test
  void putOfAnInvalidListAnswers400AndChangesNothing() {
    assertBadRequest(
        api.put("/lists/1", "{\"name\": \"Launch\", \"workspace_id\": -1}"),
        invalid("workspace_id", "workspace_id must be greater than 0"));
    assertData(api.get("/lists/1"), list(1));
  }

  @Test
  void putOfAnUnknownListAnswers404RecordNotFoundAndCreatesNothing() {
    assertListNotFound(api.put("/lists/9", VALID_BODY), 9);
    assertListNotFound(api.sendAs("PUT", "/v2/lists/6", MEDIA_TYPE, VALID_BODY), 6);
    assertNothingCreated();
  }

  /** The seed is all there is: lists 1 to 4 in workspace 52, unchanged, and no list 6. */
  private void assertNothingCreated() {
    assertPage(api.get("/lists?workspace_id=52&limit=50"), page(1, 2, 3, 4), null);
    assertListNotFound(api.get("/lists/6"), 6);
  }
}
