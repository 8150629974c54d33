package dev.envelopes.sample.bare;

import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.BareAssertions.cursorAt;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;

import dev.envelopes.sample.support.SampleApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks of {@code cursor} and {@code limit} in the bare style: a cursor must be one the API
 * gave, a limit a whole number from 1 to 50, each given at most once. Anything else answers one 400
 * {@code VALIDATION_ERROR} naming the parameter, both joined by {@code "; "} when both are at
 * fault. These tests change nothing, so they share one server.
 */
class BarePagingParametersTest {

  private static final String CURSOR_MESSAGE =
      "cursor: must be given at most once, as the cursor of an earlier answer";

  private static final String LIMIT_MESSAGE =
      "limit: must be given at most once, as a whole number from 1 to 50";

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "cursor=\"{0}\"")
  @ValueSource(strings = {"xx", "!!!"})
  void cursorThatIsNotBase64Answers400NamingCursor(String cursor) {
    assertValidationError(api.get("/contacts?cursor=" + encode(cursor)), CURSOR_MESSAGE);
  }

  @ParameterizedTest(name = "cursor=base64(\"{0}\")")
  @ValueSource(strings = {"{\"page\":1}", "hello", "{\"offset\":-1}"})
  void cursorThatIsBase64OfSomethingElseAnswers400NamingCursor(String content) {
    String cursor = Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));

    assertValidationError(api.get("/contacts?cursor=" + encode(cursor)), CURSOR_MESSAGE);
  }

  @Test
  void cursorGivenTwiceAnswers400NamingCursor() {
    String cursor = encode(cursorAt(2));

    assertValidationError(
        api.get("/contacts?cursor=" + cursor + "&cursor=" + cursor), CURSOR_MESSAGE);
  }

  @ParameterizedTest(name = "limit=\"{0}\"")
  @ValueSource(strings = {"0", "-1", "51", "abc", "+5", "1e3", "99999999999999999999"})
  void refusedLimitAnswers400NamingLimit(String limit) {
    assertValidationError(api.get("/contacts?limit=" + encode(limit)), LIMIT_MESSAGE);
  }

  @Test
  void limitGivenTwiceAnswers400NamingLimit() {
    assertValidationError(api.get("/contacts?limit=2&limit=2"), LIMIT_MESSAGE);
  }

  @Test
  void badCursorAndBadLimitAnswerOne400NamingBothCursorFirst() {
    assertValidationError(
        api.get("/contacts?limit=0&cursor=xx"), CURSOR_MESSAGE + "; " + LIMIT_MESSAGE);
  }
}
