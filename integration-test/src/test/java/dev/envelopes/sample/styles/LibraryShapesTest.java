package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shapes of resource people write every day, in the sample's library: a paged method inherited
 * from an abstract generic class ({@code GET /shelves}), a sub-resource reached through a locator
 * ({@code /shelves/{shelfId}/books}), and resource methods whose Jakarta REST annotations are on an
 * implemented interface ({@code /authors}). Each answers in the meta envelope of the class that
 * serves it, with links built from the full request path. Each test has a fresh library, as JUnit makes an instance per test.
 */
class LibraryShapesTest {

  private final SampleApi api = SampleApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void inheritedPagedMethodAnswersThePageOfTheSubclassRecords() {
    assertEnvelope(
        api.get("/shelves"),
        200,
        success(
            200,
            "OK",
            """
            [{"id": 1, "name": "Fiction"}, {"id": 2, "name": "Science"}]""",
            "3",
            """
            {"next": "/shelves?offset=2&limit=2", "prev": null}"""));
  }

  @Test
  void pagedSubResourceMethodAnswersItsEnvelopeWithLinksOnTheFullPath() {
    assertEnvelope(
        api.get("/shelves/2/books?offset=1&limit=1"),
        200,
        success(
            200,
            "OK",
            """
            [{"id": 2, "title": "The Selfish Gene"}]""",
            "3",
            """
            {"next": "/shelves/2/books?offset=2&limit=1",
             "prev": "/shelves/2/books?offset=0&limit=1"}"""));
  }

  @Test
  void subResourceMethodAnswersItsValueInTheEnvelope() {
    assertEnvelope(
        api.get("/shelves/2/books/3"),
        200,
        success(200, "OK", """
            {"id": 3, "title": "Cosmos"}""", "null", "null"));
  }

  @Test
  void subResourcePostAnswers201WithTheLocationOfTheNewBookUnderItsShelf() {
    assertEnvelope(
        api.post("/shelves/2/books", "{\"title\": \"Dune\"}"),
        201,
        "/shelves/2/books/4",
        success(201, "Created", "4", "null", "null"));
  }

  @Test
  void unknownShelfAnswersTheMeta404FromTheLocator() {
    assertEnvelope(api.get("/shelves/9/books"), 404, notFound("Shelf 9 does not exist."));
  }

  @Test
  void unknownBookAnswersTheMeta404FromTheSubResource() {
    assertEnvelope(api.get("/shelves/2/books/9"), 404, notFound("Shelf 2 holds no book 9."));
  }

  @Test
  void methodsDeclaredOnAnInterfaceAnswerTheirCollectionInTheEnvelope() {
    assertEnvelope(
        api.get("/authors"),
        200,
        success(
            200,
            "OK",
            """
            [{"id": 1, "name": "Carl Sagan"}, {"id": 2, "name": "Richard Dawkins"}]""",
            "2",
            "null"));
  }

  @Test
  void queryParameterDeclaredOnAnInterfaceIsBound() {
    assertEnvelope(
        api.get("/authors?name=Dawkins"),
        200,
        success(200, "OK", """
            [{"id": 2, "name": "Richard Dawkins"}]""", "1", "null"));
  }

  @Test
  void pathDeclaredOnAnInterfaceMethodAnswersItsValueAndItsErrors() {
    assertEnvelope(
        api.get("/authors/1"),
        200,
        success(200, "OK", """
            {"id": 1, "name": "Carl Sagan"}""", "null", "null"));
    assertEnvelope(api.get("/authors/9"), 404, notFound("Author 9 does not exist."));
  }

  private static JsonNode success(
      int status, String statusMessage, String data, String count, String pagination) {
    return json(
        """
        {
          "success": true,
          "code": %d,
          "message": "%s",
          "status_code": %d,
          "status_message": "%s",
          "detailed": null,
          "data": %s,
          "count": %s,
          "pagination": %s
        }
        """,
        status == 201 ? 603 : 602,
        status == 201 ? "Resource created" : "Request OK",
        status,
        statusMessage,
        data,
        count,
        pagination);
  }

  private static JsonNode notFound(String sentence) {
    return json(
        """
        {
          "success": false,
          "code": 1004,
          "message": "Resource not found",
          "status_code": 404,
          "status_message": "Not Found",
          "detailed": ["%s"],
          "data": null,
          "count": null,
          "pagination": null
        }
        """,
        sentence);
  }
}
