package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue generated for the {@code spring-mixed} golden API, served by Spring Boot 4: its contacts
 * answer in the bare style as the Jakarta REST binding's bare resources do (the value itself, 204
 * where there is nothing, an empty 200, {@code {"id": ...}} without a {@code Location}, a page by
 * signed cursor, {@code {errorCode, errorMessage}} on error), and its orders in the meta envelope
 * but for their bare methods; a request that reaches no handler answers in the style of its path.
 * The cursors are signed with the key and clock of Spring's {@code Environment}.
 */
class SpringBareOverHttpTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
  private static final Map<String, Object> PROPERTIES =
      Map.of(CursorKey.PROPERTY, KEY, CursorKey.CLOCK_PROPERTY, CLOCK);

  private static final String ADA =
      "{\"id\":1,\"fullName\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}";
  private static final String BOB =
      "{\"id\":2,\"fullName\":\"Bob Jones\",\"email\":\"bob@example.com\"}";
  private static final String CY =
      "{\"id\":3,\"fullName\":\"Cy Young\",\"email\":\"cy@example.com\"}";

  @TempDir static Path classes;

  private static ServedSpringApi api;

  @BeforeAll
  static void start() throws Exception {
    api = ServedSpringApi.serve("spring-mixed", "com.example.shop", classes, PROPERTIES);
  }

  @AfterAll
  static void stop() throws IOException {
    if (api != null) {
      api.close();
    }
  }

  /** The cursor of {@code offset} the API signs for {@code /contacts} without filters. */
  private static String cursorOf(long offset) {
    return CursorKey.forEndpoint(
            PROPERTIES::get, "com.example.shop.contacts.ContactController.list")
        .seal(new Cursor(offset), Map.of(), Map.of());
  }

  @Test
  void aPageAnswersItsRecordsAndTheSignedCursorOfTheNextPage() throws Exception {
    HttpResponse<String> first = send("GET", "/contacts", null);

    assertJson(first, 200);
    assertEquals(
        "{\"cursor\":\""
            + cursorOf(2)
            + "\",\"count\":2,\"totalRecordCount\":3,\"hasMoreRecords\":true,\"data\":["
            + ADA
            + ","
            + BOB
            + "]}",
        first.body());
  }

  @Test
  void theCursorOfAnAnswerLeadsToTheLastPage() throws Exception {
    HttpResponse<String> last = send("GET", "/contacts?cursor=" + cursorOf(2), null);

    assertJson(last, 200);
    assertEquals(
        "{\"cursor\":null,\"count\":1,\"totalRecordCount\":3,\"hasMoreRecords\":false,\"data\":["
            + CY
            + "]}",
        last.body());
  }

  @Test
  void aCursorNotSignedByTheApiAndABadLimitAreRefusedTogetherBeforeTheHandler() throws Exception {
    HttpResponse<String> refused = send("GET", "/contacts?cursor=abc&limit=0", null);

    assertBareError(
        refused,
        400,
        "VALIDATION_ERROR",
        "cursor: must be given at most once, as the cursor of an earlier answer; limit: must be"
            + " given at most once, as a whole number from 1 to 50");
  }

  @Test
  void aRecordAnswersItselfAndAMissingOneTheDeclaredNotFound() throws Exception {
    HttpResponse<String> found = send("GET", "/contacts/1", null);
    assertJson(found, 200);
    assertEquals(ADA, found.body());

    assertBareError(
        send("GET", "/contacts/9", null), 404, "NOT_FOUND", "Contact 9 does not exist.");
  }

  @Test
  void aListAnswersAnArray() throws Exception {
    HttpResponse<String> found = send("GET", "/contacts/search?name=n", null);

    assertJson(found, 200);
    assertEquals("[" + BOB + "," + CY + "]", found.body());
  }

  @Test
  void nothingFoundAnswers204WithoutBodyOrContentType() throws Exception {
    for (String path :
        List.of(
            "/contacts/lookup?email=nobody@example.com",
            "/contacts/search?name=zzz",
            "/contacts/initials")) {
      HttpResponse<String> nothing = send("GET", path, null);

      assertEquals(204, nothing.statusCode(), path);
      assertEquals("", nothing.body(), path);
      assertEquals(List.of(), nothing.headers().allValues("Content-Type"), path);
    }
  }

  @Test
  void aCreateAnswers200WithOnlyTheIdAndNoLocation() throws Exception {
    HttpResponse<String> created =
        send("POST", "/contacts", "{\"fullName\":\"Di\",\"email\":\"di@example.com\"}");

    assertJson(created, 200);
    assertEquals("{\"id\":4}", created.body());
    assertEquals(List.of(), created.headers().allValues("Location"));
  }

  @Test
  void anUpdateAnswersAnEmpty200() throws Exception {
    HttpResponse<String> updated =
        send("PUT", "/contacts/2", "{\"fullName\":\"Bo\",\"email\":\"bo@example.com\"}");

    assertEquals(200, updated.statusCode(), updated::body);
    assertEquals(List.of("0"), updated.headers().allValues("Content-Length"));
    assertEquals("", updated.body());
    assertEquals(List.of(), updated.headers().allValues("Content-Type"));
  }

  @Test
  void anInvalidBodyAnswersOneValidationErrorNamingTheField() throws Exception {
    assertBareError(
        send("POST", "/contacts", "{\"fullName\":\" \",\"email\":\"di@example.com\"}"),
        400,
        "VALIDATION_ERROR",
        "fullName: must not be blank");
  }

  @Test
  void aBodyThatIsNoJsonOrNoneAnswersAValidationError() throws Exception {
    assertBareError(
        send("POST", "/contacts", "{bad"),
        400,
        "VALIDATION_ERROR",
        "The request body is not valid JSON.");
    assertBareError(
        send("POST", "/contacts", null), 400, "VALIDATION_ERROR", "body: must not be null");
  }

  @Test
  void aMethodTheControllerDoesNotAnswerGetsTheBareAnswerWithItsAllowHeader() throws Exception {
    HttpResponse<String> refused = send("PATCH", "/contacts", "{}");

    assertBareError(
        refused, 400, "VALIDATION_ERROR", "The resource does not answer this HTTP method.");
    assertFalse(refused.headers().allValues("Allow").isEmpty(), "an Allow header");
  }

  @Test
  void aFailingHandlerAnswersTheBare500AndSaysNothingOfItsCause() throws Exception {
    assertBareError(
        send("GET", "/contacts/1/avatar", null),
        500,
        "INTERNAL_ERROR",
        "An unexpected error occurred while processing the request");
  }

  @Test
  void anUnknownPathUnderTheBareControllerAnswersTheBare404() throws Exception {
    assertBareError(
        send("GET", "/contacts/1/nothing/here", null),
        404,
        "NOT_FOUND",
        "No resource matches the request.");
  }

  @Test
  void anUnknownPathUnderTheMetaControllerOrNoneAnswersTheMeta404() throws Exception {
    for (String path : List.of("/orders/1/nothing/here", "/nothing")) {
      HttpResponse<String> missing = send("GET", path, null);

      assertJson(missing, 404);
      assertEquals(
          "{\"success\":false,\"code\":404,\"message\":\"Not Found\",\"status_code\":404,"
              + "\"status_message\":\"Not Found\",\"detailed\":[\"No resource matches the"
              + " request.\"],\"data\":null,\"count\":null,\"pagination\":null}",
          missing.body(),
          path);
    }
  }

  @Test
  void theMetaMethodsOfTheMixedControllerKeepTheMetaEnvelope() throws Exception {
    HttpResponse<String> found = send("GET", "/orders/1", null);
    assertJson(found, 200);
    assertEquals(
        "{\"success\":true,\"code\":200,\"message\":\"OK\",\"status_code\":200,"
            + "\"status_message\":\"OK\",\"detailed\":null,\"data\":{\"id\":1,\"item\":\"tea\"},"
            + "\"count\":null,\"pagination\":null}",
        found.body());

    HttpResponse<String> missing = send("GET", "/orders/9", null);
    assertJson(missing, 404);
    assertEquals(
        "{\"success\":false,\"code\":1404,\"message\":\"Order not found\",\"status_code\":404,"
            + "\"status_message\":\"Not Found\",\"detailed\":[\"Order 9 does not exist.\"],"
            + "\"data\":null,\"count\":null,\"pagination\":null}",
        missing.body());
  }

  @Test
  void aBareMethodOfTheMixedControllerAnswersTheBareNumber() throws Exception {
    HttpResponse<String> count = send("GET", "/orders/count", null);

    assertJson(count, 200);
    assertEquals("2", count.body());
  }

  @Test
  void aFailureInABareMethodOfTheMixedControllerAnswersBare() throws Exception {
    assertBareError(
        send("GET", "/orders/1/label", null),
        500,
        "INTERNAL_ERROR",
        "An unexpected error occurred while processing the request");
    assertBareError(
        send("GET", "/orders/9/label", null), 404, "NOT_FOUND", "Order 9 does not exist.");
  }

  /** The status, one JSON content type and {@code nosniff}. */
  private static void assertJson(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
  }

  private static void assertBareError(
      HttpResponse<String> response, int status, String code, String message) {
    assertJson(response, status);
    assertEquals(
        "{\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}", response.body());
  }

  /** As a JSON client sends it, with {@code Accept: application/json}. */
  private static HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return api.send(method, path, json, "Accept", "application/json");
  }
}
