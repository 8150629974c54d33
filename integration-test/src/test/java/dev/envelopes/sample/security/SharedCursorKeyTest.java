package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.SampleRuntime;
import dev.envelopes.sample.support.VendorAssertions;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer, the next page is often asked of another instance than the first: a
 * cursor signed by one instance is followed by another configured with the same {@code
 * envelopes.cursor.key}, which answers exactly what the first would; an instance with another key
 * refuses it with the style's own 400. Three instances of the API on whichever runtime the suite
 * runs against, in the bare style ({@code /contacts}, cursors in the body) and the vendor style
 * ({@code /lists}, cursors in the {@code Link} header).
 */
class SharedCursorKeyTest {

  private static final String BARE_MESSAGE =
      "cursor: must be given at most once, as the cursor of an earlier answer";

  private static SampleApi first;
  private static SampleApi second;
  private static SampleApi otherKey;

  @BeforeAll
  static void start() {
    first = SampleApi.start();
    second = SampleApi.start();
    otherKey = SampleApi.start(SampleRuntime.Setup.standard().withCursorKey(Cursors.OTHER_KEY));
  }

  @AfterAll
  static void stop() {
    first.close();
    second.close();
    otherKey.close();
  }

  @Test
  void aBareCursorOfOneInstanceIsFollowedByAnotherWithTheSameKey() {
    String cursor = first.get("/contacts").json().get("cursor").asText();

    Response fromFirst = first.get("/contacts?cursor=" + cursor);
    Response fromSecond = second.get("/contacts?cursor=" + cursor);

    assertEquals(200, fromSecond.status(), () -> "status of " + fromSecond);
    assertEquals(fromFirst.json(), fromSecond.json());
    assertEquals(Cursors.signed(2), cursor, "signed as the shared key signs it");
  }

  @Test
  void aVendorCursorOfOneInstanceIsFollowedByAnotherWithTheSameKey() {
    String next = pathAndQuery(nextLink(first.get("/lists?workspace_id=52")));

    Response fromFirst = first.get(next);
    Response fromSecond = second.get(next);

    assertEquals(200, fromSecond.status(), () -> "status of " + fromSecond);
    // Every answer has a request id of its own; the lists are what must be equal.
    assertEquals(fromFirst.json().get("data"), fromSecond.json().get("data"));
  }

  @Test
  void anInstanceWithAnotherKeyRefusesTheCursorsOfTheFirst() {
    String bare = first.get("/contacts").json().get("cursor").asText();
    String vendor = pathAndQuery(nextLink(first.get("/lists?workspace_id=52")));

    assertValidationError(otherKey.get("/contacts?cursor=" + bare), BARE_MESSAGE);
    assertBadRequest(
        otherKey.get(vendor), invalid("cursor", VendorAssertions.CURSOR_MESSAGE));
  }

  /** A link's path and query, to ask another instance than the one that wrote it. */
  private static String pathAndQuery(URI link) {
    return link.getRawPath() + "?" + link.getRawQuery();
  }
}
