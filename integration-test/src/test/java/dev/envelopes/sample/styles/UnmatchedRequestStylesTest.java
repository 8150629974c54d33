package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.VendorAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.StatusAssertions;
import dev.envelopes.sample.support.VendorAssertions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors that reach no resource method (an unknown path under a resource, an HTTP method or a media
 * type it does not take) answer in the style of the resource whose path matches the request, the
 * most specific one first; only a path that matches no resource answers in the API's style, the
 * meta envelope. Contacts are bare, notes are in the status envelope, lists are the vendor API,
 * and {@code /projects/{projectId}/tasks/count} alone is bare in a meta class. These tests change
 * nothing, so they share one server.
 */
class UnmatchedRequestStylesTest {

  private static final String NO_RESOURCE = "No resource matches the request.";
  private static final String NO_METHOD = "The resource does not answer this HTTP method.";
  private static final String NO_MEDIA_TYPE =
      "The resource does not accept the media type of the request body.";
  private static final String CONTACT = "/contacts/" + SampleApi.contactId(1);

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
  void unknownPathUnderBareResourceAnswersTheBare404() {
    assertBareError(api.get(CONTACT + "/nothing/here"), 404, "NOT_FOUND", NO_RESOURCE);
  }

  @Test
  void methodTheBareResourceDoesNotAnswerGetsTheBareAnswerWithItsAllowHeader() {
    Response response = api.patch("/contacts", "{}");

    assertBareError(response, 400, "VALIDATION_ERROR", NO_METHOD);
    assertEquals(
        ContainerDifferences.current().allow(List.of("GET", "OPTIONS", "POST")), allowOf(response));
  }

  @Test
  void mediaTypeTheBareResourceDoesNotTakeGetsTheBareAnswer() {
    assertBareError(
        api.sendAs("POST", "/contacts", "text/plain", "{}"),
        400,
        "VALIDATION_ERROR",
        NO_MEDIA_TYPE);
  }

  @Test
  void unknownPathUnderStatusResourceAnswersTheStatusError() {
    StatusAssertions.assertError(api.get("/notes/1/nothing/here"), 404, NO_RESOURCE);
  }

  @Test
  void methodTheStatusResourceDoesNotAnswerGetsTheStatusError() {
    StatusAssertions.assertError(api.patch("/notes", "{}"), 405, NO_METHOD);
  }

  @Test
  void mediaTypeTheStatusResourceDoesNotTakeGetsTheStatusError() {
    StatusAssertions.assertError(api.postAs("/notes", "text/plain", "{}"), 415, NO_MEDIA_TYPE);
  }

  @Test
  void unknownPathUnderVendorResourceAnswersTheVendorError() {
    VendorAssertions.assertError(
        api.get("/lists/1/nothing/here"), 404, error("record_not_found", NO_RESOURCE));
  }

  @Test
  void methodTheVendorResourceDoesNotAnswerGetsTheVendorError() {
    VendorAssertions.assertError(
        api.patch("/lists", "{}"), 405, error("method_not_allowed", NO_METHOD));
  }

  @Test
  void mediaTypeTheVendorResourceDoesNotTakeGetsTheVendorError() {
    VendorAssertions.assertError(
        api.sendAs("POST", "/lists", "text/plain", "{}"),
        415,
        error("unsupported_media_type", NO_MEDIA_TYPE));
  }

  @Test
  void methodABareMethodOfAMetaClassDoesNotAnswerGetsTheBareAnswer() {
    Response response = api.put("/projects/1/tasks/count", "{}");
    if (notAllowedUnderProjects() == 405) {
      assertBareError(response, 400, "VALIDATION_ERROR", NO_METHOD);
    } else {
      assertBareError(response, 404, "NOT_FOUND", NO_RESOURCE);
    }
  }

  @Test
  void methodAMetaMethodNextToABareOneDoesNotAnswerKeepsTheMetaEnvelope() {
    int status = notAllowedUnderProjects();
    assertEnvelope(
        api.put("/projects/1/tasks/1", "{}"),
        status,
        metaError(status, status == 405 ? NO_METHOD : NO_RESOURCE));
  }

  /** What the container answers for a method the tasks, under the projects' path, do not take. */
  private static int notAllowedUnderProjects() {
    return ContainerDifferences.current().unansweredMethodUnderAnotherRootPath();
  }

  @Test
  void unknownPathUnderTheMetaResourceAnswersTheMeta404() {
    assertEnvelope(api.get("/projects/1/nothing/here/at/all"), 404, metaError(404, NO_RESOURCE));
  }

  @Test
  void pathThatMatchesNoResourceAnswersInTheApisStyle() {
    assertEnvelope(api.get("/nowhere"), 404, metaError(404, NO_RESOURCE));
    assertEnvelope(api.get("/contactsandmore"), 404, metaError(404, NO_RESOURCE));
  }

  /** The methods {@code Allow} names, sorted: the framework lists them in no set order. */
  private static List<String> allowOf(Response response) {
    return response.header("Allow").stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .sorted()
        .toList();
  }

  /** A meta error of the framework's: the API's code for 404, else the status's own. */
  private static com.fasterxml.jackson.databind.JsonNode metaError(int status, String detail) {
    int code = status == 404 ? 1004 : status;
    String message = status == 404 ? "Resource not found" : "Method Not Allowed";
    String phrase = status == 404 ? "Not Found" : "Method Not Allowed";
    return json(
        """
        {
          "success": false,
          "code": %d,
          "message": "%s",
          "status_code": %d,
          "status_message": "%s",
          "detailed": ["%s"],
          "data": null,
          "count": null,
          "pagination": null
        }
        """
            .formatted(code, message, status, phrase, detail));
  }
}
