package dev.envelopes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

/** Asserts an answer exactly: status, one JSON content type, Location, and the body's bytes. */
final class Answers {

  private Answers() {}

  static void assertAnswer(HttpResponse<String> response, int status, String expectedJson) {
    assertAnswer(response, status, null, expectedJson);
  }

  static void assertAnswer(
      HttpResponse<String> response, int status, String location, String expectedJson) {
    assertEquals(status, response.statusCode(), () -> "status of " + response + ": " + response.body());
    List<String> types = response.headers().allValues("Content-Type");
    assertEquals(1, types.size(), () -> "one Content-Type in " + response.headers().map());
    assertEquals("application/json", types.get(0).split(";", 2)[0].trim(), "Content-Type");
    assertEquals(
        location == null ? List.of() : List.of(location),
        response.headers().allValues("Location"),
        "Location");
    assertEquals(Http.compact(expectedJson), response.body(), "body");
  }

  /** The meta envelope of an error that is not a 400: {@code detailed} in sentences. */
  static String metaError(int status, String phrase, int code, String message, String detail) {
    return """
        {"success":false,"code":%d,"message":"%s","status_code":%d,"status_message":"%s",
         "detailed":["%s"],"data":null,"count":null,"pagination":null}
        """
        .formatted(code, message, status, phrase, detail);
  }

  /** The meta envelope of a 400: {@code detailed} names each field. */
  static String metaBadRequest(String detailed) {
    return """
        {"success":false,"code":1001,"message":"Invalid request","status_code":400,
         "status_message":"Bad Request","detailed":%s,"data":null,"count":null,"pagination":null}
        """
        .formatted(detailed);
  }

  /** The meta envelope of a success. */
  static String metaOk(int status, int code, String message, String phrase, String data) {
    return """
        {"success":true,"code":%d,"message":"%s","status_code":%d,"status_message":"%s",
         "detailed":null,"data":%s,"count":null,"pagination":null}
        """
        .formatted(code, message, status, phrase, data);
  }
}
