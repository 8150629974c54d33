package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.Cursors.signed;
import static dev.envelopes.sample.support.VendorAssertions.LIMIT_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.MEDIA_TYPE;
import static dev.envelopes.sample.support.VendorAssertions.REQUEST_ID;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.assertCreated;
import static dev.envelopes.sample.support.VendorAssertions.assertData;
import static dev.envelopes.sample.support.VendorAssertions.assertError;
import static dev.envelopes.sample.support.VendorAssertions.assertGeneratedId;
import static dev.envelopes.sample.support.VendorAssertions.assertListNotFound;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.assertSuccess;
import static dev.envelopes.sample.support.VendorAssertions.body;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.list;
import static dev.envelopes.sample.support.VendorAssertions.page;
import static dev.envelopes.sample.support.VendorAssertions.unsupported;
import static dev.envelopes.sample.support.VendorAssertions.unsupportedVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.VendorAssertions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request ids: every answer of a vendor resource carries one in an {@code X-Request-Id} header and
 * in its body, as {@code request_id} on success and {@code request_uuid} on error. It is the
 * request's own {@code X-Request-Id} when that is 1 to 128 letters, digits, {@code .}, {@code _} or
 * {@code -}; otherwise, or without one, a new random UUID, different for every request.
 */
class VendorRequestIdsTest {

  /** The longest id a client may send: 128 characters. */
  private static final String LONGEST = "a".repeat(64) + "0.9_Z-" + "b".repeat(58);

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
  void clientIdIsEchoedAsRequestIdAndInTheHeaderOfASuccess() {
    String id = assertData(api.getWith("/lists/1", REQUEST_ID, "abc-123"), list(1));

    assertEquals("abc-123", id);
  }

  @Test
  void clientIdIsEchoedOnAPage() {
    assertEquals(
        "abc-123", assertPageId(api.getWith("/lists?workspace_id=52", REQUEST_ID, "abc-123")));
  }

  @Test
  void clientIdIsEchoedAsRequestUuidAndInTheHeaderOfAnError() {
    assertEquals("abc-123", assertListNotFound(api.getWith("/lists/9", REQUEST_ID, "abc-123"), 9));
  }

  @Test
  void clientIdIsEchoedOnAnErrorOfTheQuery() {
    assertEquals(
        "abc-123",
        assertBadRequest(
            api.getWith("/lists?workspace_id=52&limit=0", REQUEST_ID, "abc-123"),
            invalid("limit", LIMIT_MESSAGE)));
    assertEquals(
        "abc-123",
        assertBadRequest(api.getWith("/lists/1?x=1", REQUEST_ID, "abc-123"), unsupported("x")));
  }

  @Test
  void clientIdIsEchoedWhenTheVersionIsRefusedBeforeAnyResourceIsMatched() {
    assertEquals(
        "abc-123",
        assertError(
            api.getWith(
                "/lists/1", REQUEST_ID, "abc-123", "Accept", "application/vnd.flow.v3+json"),
            406,
            unsupportedVersion(3)));
    assertEquals(
        "abc-123",
        assertError(api.getWith("/v3/lists/1", REQUEST_ID, "abc-123"), 404, unsupportedVersion(3)));
  }

  @Test
  void clientIdIsEchoedOnACreateAndAnUpdate() {
    String body = "{\"name\": \"New\", \"workspace_id\": 52}";

    assertEquals(
        "abc-123",
        assertCreated(
            api.sendAs("POST", "/lists", MEDIA_TYPE, body, REQUEST_ID, "abc-123"), "/lists/6", 6));
    assertEquals(
        "abc-123",
        assertSuccess(
            api.sendAs("PUT", "/lists/1", "application/json", body, REQUEST_ID, "abc-123"),
            body("{\"data\": null}")));
  }

  @ParameterizedTest(name = "X-Request-Id: {0}")
  @ValueSource(strings = {"a", "0", "req.42_x-Y", "8a72bead-8d69-44c2-be4a-0a355b1ad4a0"})
  void everyPlainTokenIsKept(String id) {
    assertEquals(id, assertData(api.getWith("/lists/1", REQUEST_ID, id), list(1)));
  }

  @Test
  void idOf128CharactersIsKept() {
    assertEquals(128, LONGEST.length());
    assertEquals(LONGEST, assertData(api.getWith("/lists/1", REQUEST_ID, LONGEST), list(1)));
  }

  @ParameterizedTest(name = "X-Request-Id: \"{0}\"")
  @ValueSource(strings = {"abc 123", "a/b", "a+b", "{id}", "a;b", "\"abc\""})
  void idWithOtherCharactersIsReplacedByAGeneratedUuid(String id) {
    String answered = assertData(api.getWith("/lists/1", REQUEST_ID, id), list(1));

    assertGeneratedId(answered);
  }

  @Test
  void idOver128CharactersIsReplacedByAGeneratedUuid() {
    String answered = assertData(api.getWith("/lists/1", REQUEST_ID, LONGEST + "c"), list(1));

    assertGeneratedId(answered);
  }

  @Test
  void idSentTwiceIsReplacedByAGeneratedUuid() {
    // The two values read as one, "abc,def", which is no plain token.
    String answered =
        assertData(api.getWith("/lists/1", REQUEST_ID, "abc", REQUEST_ID, "def"), list(1));

    assertGeneratedId(answered);
  }

  @Test
  void invalidIdOnAnErrorIsReplacedByAGeneratedUuidInBodyAndHeaderAlike() {
    String answered = assertListNotFound(api.getWith("/lists/9", REQUEST_ID, "not valid"), 9);

    assertGeneratedId(answered);
  }

  @Test
  void requestWithoutAnIdGetsAGeneratedUuid() {
    assertGeneratedId(assertData(api.getWith("/lists/1"), list(1)));
    assertGeneratedId(assertListNotFound(api.getWith("/lists/9"), 9));
    assertGeneratedId(assertPageId(api.getWith("/lists?workspace_id=52")));
  }

  @Test
  void everyRequestWithoutAnIdGetsADifferentOne() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      ids.add(assertData(api.getWith("/lists/1"), list(1)));
      ids.add(assertListNotFound(api.getWith("/lists/9"), 9));
    }

    assertEquals(10, ids.size(), () -> "ids: " + ids);
  }

  @Test
  void twoRequestsWithTheSameInvalidIdGetDifferentOnes() {
    String first = assertData(api.getWith("/lists/1", REQUEST_ID, "not valid"), list(1));
    String second = assertData(api.getWith("/lists/1", REQUEST_ID, "not valid"), list(1));

    assertNotEquals(first, second);
  }

  /** Asserts the first page of workspace 52 and answers its request id. */
  private String assertPageId(Response response) {
    assertPage(
        response,
        page(1, 2),
        api.base() + "/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2");
    return VendorAssertions.requestIdOf(response);
  }
}
