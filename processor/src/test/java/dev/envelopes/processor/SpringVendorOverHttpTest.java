package dev.envelopes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue generated for the {@code spring-vendor} golden API, served by {@link ServedSpringApi},
 * answers as the Jakarta REST binding's vendor resources do (the Jersey sample's {@code
 * sample/vendor} suite): every answer in the vendor media type with its request id in {@code
 * X-Request-Id} and in the body; a cursor page with the {@code Link} to the next, signed with the
 * key and dated by the clock of Spring's {@code Environment}; side-loading; the query checked
 * before the handler; the version named in the path or in {@code Accept}; declared exceptions and
 * refusals in the vendor error body.
 */
class SpringVendorOverHttpTest {

  private static final String MEDIA_TYPE = "application/vnd.flow.v2+json";
  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private static final String TASK_1 = "{\"id\":1,\"name\":\"plan\",\"dueOn\":\"2026-01-02\"}";
  private static final String TASK_2 = "{\"id\":2,\"name\":\"build\",\"dueOn\":\"2026-01-03\"}";

  @TempDir static Path classes;

  private static ServedSpringApi api;

  @BeforeAll
  static void start() throws Exception {
    api =
        ServedSpringApi.serve(
            "spring-vendor",
            "com.example.flow",
            classes,
            Map.of(CursorKey.PROPERTY, KEY, CursorKey.CLOCK_PROPERTY, CLOCK));
  }

  @AfterAll
  static void stop() throws IOException {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void aPageAnswersItsDataTheRequestIdAndTheSignedLinkToTheNextPage() throws Exception {
    HttpResponse<String> page =
        api.send("GET", "/tasks?organization_id=7&limit=1", null, "X-Request-Id", "abc-123");

    String id = assertVendor(page, 200);
    assertEquals("abc-123", id);
    assertEquals("{\"data\":[" + TASK_1 + "],\"request_id\":\"abc-123\"}", page.body());
    assertEquals(
        List.of("</tasks?organization_id=7&cursor=" + signed(1) + "&limit=1>; rel=\"next\""),
        page.headers().allValues("Link"));
  }

  @Test
  void theLinkUnderTheVersionPrefixKeepsItAndAnswersTheNextPage() throws Exception {
    HttpResponse<String> first = api.send("GET", "/v2/tasks?organization_id=7&limit=1", null);
    String next = "/v2/tasks?organization_id=7&cursor=" + signed(1) + "&limit=1";
    assertEquals(List.of("<" + next + ">; rel=\"next\""), first.headers().allValues("Link"));

    HttpResponse<String> second = api.send("GET", next, null);

    String id = assertVendor(second, 200);
    assertEquals("{\"data\":[" + TASK_2 + "],\"request_id\":\"" + id + "\"}", second.body());
  }

  @Test
  void includedRecordsAreSideLoadedOnlyWhenAskedFor() throws Exception {
    HttpResponse<String> page =
        api.send("GET", "/tasks?organization_id=7&limit=1&include=accounts", null);

    String id = assertVendor(page, 200);
    assertEquals(
        "{\"data\":["
            + TASK_1
            + "],\"accounts\":[{\"id\":7,\"name\":\"owner\"}],"
            + "\"request_id\":\""
            + id
            + "\"}",
        page.body());
  }

  @Test
  void aParameterTheMethodDoesNotTakeIsRefusedBeforeItRuns() throws Exception {
    HttpResponse<String> refused = api.send("GET", "/tasks?organization_id=7&colour=red", null);

    String id = assertVendor(refused, 400);
    assertEquals(
        error(
            id, "param is not supported: colour", "unsupported_param", ",\"attribute\":\"colour\""),
        refused.body());
  }

  @Test
  void moreUnknownParametersThanTomcatParsesAnswerTheFirstFiveAndHowManyMore() throws Exception {
    StringBuilder query = new StringBuilder("/tasks?organization_id=7");
    for (int i = 0; i < 1_001; i++) {
      query.append("&p").append(i).append("=1");
    }

    HttpResponse<String> refused = api.send("GET", query.toString(), null);

    String id = assertVendor(refused, 400);
    // The names sorted, as the check lists them.
    StringBuilder errors = new StringBuilder();
    for (String name : List.of("p0", "p1", "p10", "p100", "p1000")) {
      errors
          .append(
              detail(
                  "param is not supported: " + name,
                  "unsupported_param",
                  ",\"attribute\":\"" + name + "\""))
          .append(",");
    }
    errors.append(detail("996 more problems are not listed.", "invalid_request", ""));
    assertEquals(
        "{\"request_uuid\":\"" + id + "\",\"status\":\"error\",\"errors\":[" + errors + "]}",
        refused.body());
  }

  @Test
  void aCursorTheApiDidNotSignIsRefusedNamingIt() throws Exception {
    HttpResponse<String> refused = api.send("GET", "/tasks?organization_id=7&cursor=abc", null);

    String id = assertVendor(refused, 400);
    assertEquals(
        error(
            id,
            "cursor must be given at most once, as the cursor of an earlier answer",
            "invalid_attribute",
            ",\"attribute\":\"cursor\""),
        refused.body());
  }

  @Test
  void aDeclaredExceptionAnswersItsCodeInTheVendorErrorBody() throws Exception {
    HttpResponse<String> missing = api.send("GET", "/tasks/1", null, "Accept", MEDIA_TYPE);

    String id = assertVendor(missing, 404);
    assertEquals(error(id, "Not Found", "record_not_found", ""), missing.body());
  }

  @Test
  void aCreateAnswers201WithItsLocationUnderThePathAsSent() throws Exception {
    HttpResponse<String> created = api.send("POST", "/v2/tasks", TASK_2.replace("2,", "9,"));

    String id = assertVendor(created, 201);
    assertEquals(List.of("/v2/tasks/9"), created.headers().allValues("Location"));
    assertEquals("{\"data\":9,\"request_id\":\"" + id + "\"}", created.body());
  }

  @Test
  void aChangeWithoutDataAnswersNullData() throws Exception {
    HttpResponse<String> changed = api.send("PUT", "/tasks/1", TASK_1);

    String id = assertVendor(changed, 200);
    assertEquals("{\"data\":null,\"request_id\":\"" + id + "\"}", changed.body());
  }

  @Test
  void anotherVersionInThePathAnswers404AndInAccept406() throws Exception {
    HttpResponse<String> path = api.send("GET", "/v3/tasks/1", null);
    HttpResponse<String> accept =
        api.send("GET", "/tasks/1", null, "Accept", "application/vnd.flow.v1+json");

    String pathId = assertVendor(path, 404);
    assertEquals(error(pathId, unsupported(3), "unsupported_version", ""), path.body());
    String acceptId = assertVendor(accept, 406);
    assertEquals(error(acceptId, unsupported(1), "unsupported_version", ""), accept.body());
  }

  @Test
  void aPathNoHandlerMatchesAnswersRecordNotFound() throws Exception {
    HttpResponse<String> missing = api.send("GET", "/nothing/here", null);

    String id = assertVendor(missing, 404);
    assertEquals(
        error(id, "No resource matches the request.", "record_not_found", ""), missing.body());
  }

  @Test
  void aMissingRequiredParameterAnswersMissingParam() throws Exception {
    HttpResponse<String> refused = api.send("GET", "/tasks", null);

    String id = assertVendor(refused, 400);
    assertEquals(
        error(
            id,
            "param is missing or the value is empty: organization_id",
            "missing_param",
            ",\"attribute\":\"organization_id\""),
        refused.body());
  }

  /** The status, the vendor media type, {@code nosniff}; returns the one request id. */
  private static String assertVendor(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals(List.of(MEDIA_TYPE), response.headers().allValues("Content-Type"));
    assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
    List<String> ids = response.headers().allValues("X-Request-Id");
    assertEquals(1, ids.size(), () -> "one request id in " + response.headers().map());
    return ids.get(0);
  }

  /** A vendor error body with one error; {@code attribute} is its JSON, or empty. */
  private static String error(String id, String message, String code, String attribute) {
    return "{\"request_uuid\":\""
        + id
        + "\",\"status\":\"error\",\"errors\":["
        + detail(message, code, attribute)
        + "]}";
  }

  /** One error of a vendor error body; {@code attribute} is its JSON, or empty. */
  private static String detail(String message, String code, String attribute) {
    return "{\"message\":\""
        + message
        + "\",\"code\":\""
        + code
        + "\",\"link\":\"https://developer.getflow.com/errors/"
        + code
        + "\",\"description\":\""
        + message
        + "\""
        + attribute
        + "}";
  }

  private static String unsupported(int version) {
    return "API version "
        + version
        + " is not supported; this API answers version 2 (application/vnd.flow.v2+json).";
  }

  /**
   * The cursor of {@code offset} the API signs for {@code organization_id=7}, at the clock's time.
   */
  private static String signed(long offset) {
    CursorKey key =
        CursorKey.forEndpoint(
            Map.<String, Object>of(CursorKey.PROPERTY, KEY, CursorKey.CLOCK_PROPERTY, CLOCK)::get,
            "com.example.flow.TaskController.list");
    return key.seal(
        new Cursor(offset),
        Map.of(),
        Map.of("organization_id", List.of("7"), "limit", List.of("1")));
  }
}
