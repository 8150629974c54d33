package dev.envelopes.processor;

import static dev.envelopes.processor.ServedSpringApi.assertAnswer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue generated for the {@code spring-status} golden API, served by Spring Boot 4 ({@link
 * ServedSpringApi}), answers in the status envelope byte for byte as the Jakarta REST binding's
 * resources do (the suite's {@code sample/status} tests give the same wire for the notes): {@code
 * {status, data}} and {@code pagination}, 201 with a {@code Location}, a 422 {@code failure} for
 * input that does not validate, an {@code error} with its status, code and headers otherwise, and a
 * 500 that says nothing.
 */
class SpringStatusOverHttpTest {

  private static final String BOOK_1 = "{\"id\":1,\"title\":\"Dune\"}";

  private static final String NOT_VALID = "The request is not valid.";

  @TempDir static Path classes;

  private static ServedSpringApi server;

  @BeforeAll
  static void start() throws Exception {
    server = ServedSpringApi.serve("spring-status", "com.example.library", classes, Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPageAnswersItsRecordsAndItsTotals() throws Exception {
    HttpResponse<String> page = send("GET", "/books", null);

    assertAnswer(page, 200, null);
    assertEquals(
        "{\"status\":\"success\",\"data\":["
            + BOOK_1
            + ",{\"id\":2,\"title\":\"Emma\"}],"
            + "\"pagination\":{\"total_count\":3,\"current_page\":1,\"total_pages\":2}}",
        page.body());
  }

  @Test
  void aPagePastTheLastAnswersNoRecordsAndTheTrueTotals() throws Exception {
    HttpResponse<String> page = send("GET", "/books?page=9&per_page=", null);

    assertAnswer(page, 200, null);
    assertEquals(
        "{\"status\":\"success\",\"data\":[],"
            + "\"pagination\":{\"total_count\":3,\"current_page\":9,\"total_pages\":2}}",
        page.body());
  }

  @Test
  void badPagingIsA422FailureNamingPageThenPerPage() throws Exception {
    HttpResponse<String> refused = send("GET", "/books?per_page=21&page=abc", null);

    assertAnswer(refused, 422, null);
    String errors =
        "[{\"attribute_name\":\"page\",\"messages\":[\"must be given at most once, as a whole"
            + " number from 1 to 9223372036854775807\"]},{\"attribute_name\":\"per_page\","
            + "\"messages\":[\"must be given at most once, as a whole number from 1 to 20\"]}]";
    assertEquals(failure(NOT_VALID, errors), refused.body());
  }

  @Test
  void aRecordAnOptionalAndAFutureAreTheData() throws Exception {
    HttpResponse<String> book = send("GET", "/books/1", null);
    HttpResponse<String> byTitle = send("GET", "/books/by-title?title=Kim", null);
    HttpResponse<String> later = send("GET", "/books/1/later", null);

    assertAnswer(book, 200, null);
    assertEquals("{\"status\":\"success\",\"data\":" + BOOK_1 + "}", book.body());
    assertAnswer(byTitle, 200, null);
    assertEquals("{\"status\":\"success\",\"data\":null}", byTitle.body());
    assertAnswer(later, 200, null);
    assertEquals(book.body(), later.body());
  }

  @Test
  void aCreateAnswers201WithTheLocationAndTheIdInData() throws Exception {
    HttpResponse<String> created = send("POST", "/books", "{\"id\":9,\"title\":\"Kim\"}");

    assertAnswer(created, 201, "/books/4");
    assertEquals("{\"status\":\"success\",\"data\":4}", created.body());
  }

  @Test
  void anUpdateAnswers200WithNullData() throws Exception {
    HttpResponse<String> updated = send("PUT", "/books/1", BOOK_1);

    assertAnswer(updated, 200, null);
    assertEquals("{\"status\":\"success\",\"data\":null}", updated.body());
  }

  @Test
  void aResponseEntityKeepsItsStatusAndHeaders() throws Exception {
    HttpResponse<String> held = send("POST", "/books/1/holds", null);

    assertAnswer(held, 202, null);
    assertEquals(List.of("60"), held.headers().allValues("Retry-After"));
    assertEquals("{\"status\":\"success\",\"data\":" + BOOK_1 + "}", held.body());
  }

  @Test
  void aDeclaredExceptionIsAnErrorWithItsMessageAndCode() throws Exception {
    HttpResponse<String> missing = send("GET", "/books/9", null);

    assertAnswer(missing, 404, null);
    assertEquals(
        "{\"status\":\"error\",\"message\":\"Book 9 does not exist.\",\"errors\":[],"
            + "\"code\":\"book_not_found\"}",
        missing.body());
  }

  @Test
  void aDeclared422IsAFailureWithItsDetailAndNoCode() throws Exception {
    HttpResponse<String> onLoan = send("DELETE", "/books/2", null);

    assertAnswer(onLoan, 422, null);
    assertEquals(failure("The book is on loan.", "[]"), onLoan.body());
  }

  @Test
  void aMappedExceptionIsAnErrorWithTheReasonPhrase() throws Exception {
    HttpResponse<String> unavailable = send("GET", "/books/export", null);

    assertAnswer(unavailable, 503, null);
    assertEquals(error("Service Unavailable"), unavailable.body());
  }

  @Test
  void anUndeclaredExceptionIsA500ThatSaysNothingOfIt() throws Exception {
    HttpResponse<String> failed = send("GET", "/books/1/scan", null);

    assertAnswer(failed, 500, null);
    assertEquals(
        error("The server could not complete the request; the failure has been logged."),
        failed.body());
  }

  @Test
  void anInvalidBodyIsA422FailureNamingItsField() throws Exception {
    HttpResponse<String> refused = send("POST", "/books", "{\"id\":9,\"title\":\" \"}");

    assertAnswer(refused, 422, null);
    String errors = "[{\"attribute_name\":\"title\",\"messages\":[\"must not be blank\"]}]";
    assertEquals(failure(NOT_VALID, errors), refused.body());
  }

  @Test
  void aBodyThatIsNoJsonOrMissingIsA422Failure() throws Exception {
    HttpResponse<String> notJson = send("POST", "/books", "{bad");
    HttpResponse<String> missing = send("POST", "/books", "");
    HttpResponse<String> mismatched = send("POST", "/books", "{\"id\":[1],\"title\":\"A\"}");

    assertAnswer(notJson, 422, null);
    assertEquals(failure("The request body is not valid JSON.", "[]"), notJson.body());
    assertAnswer(missing, 422, null);
    String body = "[{\"attribute_name\":\"body\",\"messages\":[\"must not be null\"]}]";
    assertEquals(failure(NOT_VALID, body), missing.body());
    assertAnswer(mismatched, 422, null);
    assertTrue(
        mismatched
            .body()
            .contains(
                "{\"attribute_name\":\"id\",\"messages\":[\"does not have the expected type or"
                    + " format\"]}"),
        mismatched::body);
  }

  @Test
  void aBodyPastALimitOfTheJsonReaderIsA422FailureSayingSo() throws Exception {
    HttpResponse<String> refused =
        send("POST", "/books", "{\"id\":" + "7".repeat(2000) + ",\"title\":\"A\"}");

    assertAnswer(refused, 422, null);
    assertEquals(
        failure(
            "The request body exceeds a limit of the JSON reader: the length of a number, name or"
                + " string, or the depth of nesting.",
            "[]"),
        refused.body());
  }

  @Test
  void aPathParameterThatIsNoNumberAndAnUnknownPathAre404Errors() throws Exception {
    String noResource = error("No resource matches the request.");
    for (String path : List.of("/books/abc", "/nothing/here")) {
      HttpResponse<String> missing = send("GET", path, null);

      assertAnswer(missing, 404, null);
      assertEquals(noResource, missing.body(), path);
    }
  }

  @Test
  void anUnansweredMethodIsA405ErrorThatKeepsItsAllowHeader() throws Exception {
    HttpResponse<String> refused = send("PATCH", "/books", "{}");

    assertAnswer(refused, 405, null);
    // Spring lists the methods in an order of its own, which the suite's ContainerDifferences know.
    assertEquals(
        Set.of("GET", "POST"),
        Set.of(refused.headers().firstValue("Allow").orElse("").split(",\\s*")));
    assertEquals(error("The resource does not answer this HTTP method."), refused.body());
  }

  @Test
  void aMissingRequiredParameterIsA422FailureNamingIt() throws Exception {
    HttpResponse<String> refused = send("GET", "/books/by-title", null);

    assertAnswer(refused, 422, null);
    String errors = "[{\"attribute_name\":\"title\",\"messages\":[\"must be given\"]}]";
    assertEquals(failure(NOT_VALID, errors), refused.body());
  }

  @Test
  void aHeaderThatDoesNotConvertIsA422FailureNamingIt() throws Exception {
    HttpResponse<String> refused = send("POST", "/books/1/reservations", null, "X-Copies", "two");

    assertAnswer(refused, 422, null);
    assertEquals(
        failure(
            NOT_VALID,
            "[{\"attribute_name\":\"X-Copies\",\"messages\":[\"does not have the expected type or"
                + " format\"]}]"),
        refused.body());
  }

  /** A failure saying {@code message}, with {@code attributes} in both {@code data} and errors. */
  private static String failure(String message, String attributes) {
    return "{\"status\":\"failure\",\"data\":%s,\"message\":\"%s\",\"errors\":%s}"
        .formatted(attributes, message, attributes);
  }

  /** An error saying {@code message}, without a code. */
  private static String error(String message) {
    return "{\"status\":\"error\",\"message\":\"%s\",\"errors\":[]}".formatted(message);
  }

  /** As a JSON client sends it: with {@code Accept: application/json}, then {@code headers}. */
  private static HttpResponse<String> send(
      String method, String path, String json, String... headers)
      throws IOException, InterruptedException {
    String[] all = new String[headers.length + 2];
    all[0] = "Accept";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return server.send(method, path, json, all);
  }
}
