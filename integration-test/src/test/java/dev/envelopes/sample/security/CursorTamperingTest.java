package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.VendorAssertions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cursors are signed, so a client can pass back only a cursor the API gave, unchanged, for the same
 * filters: in the bare style ({@code /contacts}, whose cursors are in the body) and in the vendor
 * style ({@code /lists}, whose cursors are in the {@code Link} header), a cursor that is not
 * base64, cut short, changed in one bit, signed with another key, a megabyte long, or sent with
 * other filters answers the style's own 400 naming {@code cursor}, and the method does not run.
 * Each test takes its cursor from the API's own answer and first checks that, unchanged, it works.
 * These tests change nothing, so they share one server.
 */
class CursorTamperingTest {

  private static final String BARE_MESSAGE =
      "cursor: must be given at most once, as the cursor of an earlier answer";

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** A paged method of one style: how to get a cursor from it and how it refuses one. */
  private enum Paged {
    BARE("/contacts?", "") {
      @Override
      String firstCursor() {
        return api.get("/contacts").json().get("cursor").asText();
      }

      @Override
      void assertRefused(Response response) {
        assertValidationError(response, BARE_MESSAGE);
      }

      @Override
      void assertServed(Response response) {
        assertEquals(200, response.status(), () -> "status of " + response);
      }
    },
    VENDOR("/lists?workspace_id=52&", "workspace_id=52") {
      @Override
      String firstCursor() {
        return Cursors.query(nextLink(api.get("/lists?workspace_id=52")).getRawQuery())
            .get("cursor")
            .get(0);
      }

      @Override
      void assertRefused(Response response) {
        assertBadRequest(response, invalid("cursor", VendorAssertions.CURSOR_MESSAGE));
      }

      @Override
      void assertServed(Response response) {
        assertEquals(200, response.status(), () -> "status of " + response);
      }
    };

    /** The path and query of the first page, ending where the cursor parameter goes. */
    final String pageQuery;

    /** The filters of that query, which the API signs its cursors for. */
    final String filters;

    Paged(String pageQuery, String filters) {
      this.pageQuery = pageQuery;
      this.filters = filters;
    }

    abstract String firstCursor();

    abstract void assertRefused(Response response);

    abstract void assertServed(Response response);

    Response page(String cursor) {
      return api.get(pageQuery + "cursor=" + encode(cursor));
    }
  }

  /** Every tampering, in each style: a name and what it makes of the API's cursor. */
  static Stream<Arguments> tamperings() {
    List<Arguments> cases = new ArrayList<>();
    for (Paged paged : Paged.values()) {
      cases.add(tampering(paged, "not base64", cursor -> "!" + cursor.substring(1)));
      cases.add(tampering(paged, "not base64 after the dot", cursor -> cursor + "*"));
      cases.add(tampering(paged, "padded", cursor -> cursor + "="));
      cases.add(tampering(paged, "without its signature", cursor -> cursor.split("\\.")[0]));
      cases.add(tampering(paged, "cut one character short", cursor -> cut(cursor, 1)));
      cases.add(tampering(paged, "cut to half", cursor -> cut(cursor, cursor.length() / 2)));
      cases.add(tampering(paged, "with another offset", cursor -> withOffset(cursor, 0)));
      cases.add(
          tampering(
              paged,
              "signed with another key",
              cursor -> Cursors.signedWith(Cursors.OTHER_KEY, 2, "")));
      cases.add(
          tampering(
              paged,
              "signed with another key for the same filters",
              cursor -> Cursors.signedWith(Cursors.OTHER_KEY, 2, paged.filters)));
      cases.add(tampering(paged, "a megabyte long", cursor -> "A".repeat(1 << 20)));
      cases.add(
          tampering(paged, "a megabyte after a good one", cursor -> cursor + "A".repeat(1 << 20)));
    }
    return cases.stream();
  }

  private static Arguments tampering(Paged paged, String name, Function<String, String> change) {
    return Arguments.of(paged, name, change);
  }

  @ParameterizedTest(name = "{0}: a cursor {1}")
  @MethodSource("tamperings")
  void tamperedCursorAnswersTheStyles400(
      Paged paged, String name, Function<String, String> change) {
    String cursor = paged.firstCursor();
    paged.assertServed(paged.page(cursor));

    paged.assertRefused(paged.page(change.apply(cursor)));
  }

  static Stream<Paged> styles() {
    return Stream.of(Paged.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void cursorWithAnyOneCharacterChangedInOneBitAnswersTheStyles400(Paged paged) {
    String cursor = paged.firstCursor();
    paged.assertServed(paged.page(cursor));

    // The lowest bit of each character: every character then stands for other bits, or none.
    byte[] text = cursor.getBytes(StandardCharsets.US_ASCII);
    for (int at = 0; at < text.length; at++) {
      byte[] changed = text.clone();
      changed[at] ^= 1;
      paged.assertRefused(paged.page(new String(changed, StandardCharsets.US_ASCII)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void cursorWithAnyOneBitOfItsContentChangedAnswersTheStyles400(Paged paged) {
    String cursor = paged.firstCursor();
    String[] parts = cursor.split("\\.");
    byte[] content = Base64.getUrlDecoder().decode(parts[0]);
    for (int at = 0; at < content.length; at++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] changed = content.clone();
        changed[at] ^= (byte) (1 << bit);
        String forged =
            Base64.getUrlEncoder().withoutPadding().encodeToString(changed) + "." + parts[1];
        paged.assertRefused(paged.page(forged));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void cursorSentWithOtherFiltersAnswersTheStyles400(Paged paged) {
    String cursor = paged.firstCursor();

    if (paged == Paged.BARE) {
      paged.assertRefused(api.get("/contacts?email=alice%40example.com&cursor=" + encode(cursor)));
    } else {
      paged.assertRefused(api.get("/lists?workspace_id=7&cursor=" + encode(cursor)));
      paged.assertRefused(api.get("/lists?workspace_id=52&view=upcoming&cursor=" + encode(cursor)));
      paged.assertRefused(
          api.get("/lists?workspace_id=52&include=accounts&cursor=" + encode(cursor)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void cursorSentWithAnotherLimitIsServed(Paged paged) {
    // The limit is the client's to change between pages; only the filters are bound.
    paged.assertServed(api.get(paged.pageQuery + "limit=1&cursor=" + encode(paged.firstCursor())));
  }

  private static String cut(String cursor, int characters) {
    return cursor.substring(0, cursor.length() - characters);
  }

  /** The cursor with its content replaced by the offset {@code offset}, its signature kept. */
  private static String withOffset(String cursor, long offset) {
    String content = Cursors.content(offset);
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(content.getBytes(StandardCharsets.UTF_8))
        + cursor.substring(cursor.indexOf('.'));
  }
}
