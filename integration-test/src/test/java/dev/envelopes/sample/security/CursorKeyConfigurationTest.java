package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the application configures the key that signs cursors: {@code envelopes.cursor.key}, the
 * base64 of at least 32 bytes; a key that is not one stops the application at startup with a
 * message that says what is wrong without repeating the key, and no key at all means a random key
 * of the process, with which paging works as well.
 */
class CursorKeyConfigurationTest {

  @ParameterizedTest(name = "key \"{0}\"")
  @ValueSource(
      strings = {
        "c2hvcnQta2V5", // "short-key", 9 bytes
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==" // 31 bytes
      })
  void keyShorterThan32BytesStopsTheApplicationAtStartup(String key) {
    Exception refused =
        assertThrows(
            Exception.class,
            () -> serve(key).close());

    String messages = messages(refused);
    assertTrue(
        messages.contains("envelopes.cursor.key must be the base64 of at least 32 bytes"),
        messages);
    assertFalse(messages.contains(key), messages);
  }

  @Test
  void keyThatIsNotBase64StopsTheApplicationAtStartup() {
    String key = "not base64 at all!";
    Exception refused =
        assertThrows(
            Exception.class,
            () -> serve(key).close());

    String messages = messages(refused);
    assertTrue(messages.contains("envelopes.cursor.key must be base64"), messages);
    assertFalse(messages.contains(key), messages);
  }

  @Test
  void withoutAKeyCursorsOfTheProcessKeyAreFollowed() throws Exception {
    try (SampleRuntime.Served server = serve(null)) {
      String base = server.base();
      HttpClient client = HttpClient.newHttpClient();
      String first = get(client, base + "/contacts");
      String cursor = SampleApi.json(first).get("cursor").asText();

      String second = get(client, base + "/contacts?cursor=" + cursor);

      assertEquals(
          SampleApi.contactId(3),
          SampleApi.json(second).get("data").get(0).get("contactId").asText());
      assertFalse(cursor.equals(Cursors.signed(2)), "a key other than the tests' one");
    }
  }

  private static SampleRuntime.Served serve(String key) {
    return SampleRuntime.current().serve(SampleRuntime.Setup.standard().withCursorKey(key));
  }

  private static String get(HttpClient client, String uri) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), () -> uri + " answered " + response.body());
    return response.body();
  }

  /** The messages of an exception and its causes, one a line. */
  static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      all.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
    }
    return all.toString();
  }
}
