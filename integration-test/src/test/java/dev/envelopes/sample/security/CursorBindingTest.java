package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.CursorKey;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.VendorAssertions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cursor is good only where it was given: on the resource method that gave it, with the same
 * path parameters and filters, and, with {@value CursorKey#MAX_AGE_PROPERTY}, for that long. Any
 * other use gets the style's 400 naming {@code cursor}.
 */
class CursorBindingTest {

  private static final String BARE_MESSAGE =
      "cursor: must be given at most once, as the cursor of an earlier answer";

  @Test
  void cursorOfTheListsIsRefusedByTheContactsWithTheSameFilters() {
    try (SampleApi api = SampleApi.start()) {
      String cursor = listsCursor(api);

      assertValidationError(
          api.get("/contacts?cursor=" + encode(cursor) + "&workspace_id=52"), BARE_MESSAGE);
    }
  }

  @Test
  void cursorOfTheContactsIsRefusedByTheLists() {
    try (SampleApi api = SampleApi.start()) {
      String cursor = contactsCursor(api);

      assertBadRequest(
          api.get("/lists?workspace_id=52&cursor=" + encode(cursor)),
          invalid("cursor", VendorAssertions.CURSOR_MESSAGE));
    }
  }

  @Test
  void cursorOlderThanTheMaximumAgeIsRefusedInTheBareStyle() {
    try (SampleApi api = SampleApi.start(Map.of(CursorKey.MAX_AGE_PROPERTY, "PT1H"))) {
      String cursor = contactsCursor(api);
      api.advanceClock(Duration.ofHours(1).plusSeconds(1));

      assertValidationError(api.get("/contacts?cursor=" + encode(cursor)), BARE_MESSAGE);
    }
  }

  @Test
  void cursorOlderThanTheMaximumAgeIsRefusedInTheVendorStyle() {
    try (SampleApi api = SampleApi.start(Map.of(CursorKey.MAX_AGE_PROPERTY, "PT1H"))) {
      String cursor = listsCursor(api);
      api.advanceClock(Duration.ofHours(1).plusSeconds(1));

      assertBadRequest(
          api.get("/lists?workspace_id=52&limit=1&cursor=" + encode(cursor)),
          invalid("cursor", VendorAssertions.CURSOR_MESSAGE));
    }
  }

  @Test
  void cursorJustAsOldAsTheMaximumAgeIsServed() {
    try (SampleApi api = SampleApi.start(Map.of(CursorKey.MAX_AGE_PROPERTY, "PT1H"))) {
      String cursor = contactsCursor(api);
      api.advanceClock(Duration.ofHours(1));

      Response page = api.get("/contacts?cursor=" + encode(cursor));

      assertEquals(200, page.status(), () -> "status of " + page);
    }
  }

  @Test
  void withoutAMaximumAgeAYearOldCursorIsServed() {
    try (SampleApi api = SampleApi.start()) {
      String cursor = listsCursor(api);
      api.advanceClock(Duration.ofDays(366));

      Response page = api.get("/lists?workspace_id=52&limit=1&cursor=" + encode(cursor));

      assertEquals(200, page.status(), () -> "status of " + page);
    }
  }

  private static String contactsCursor(SampleApi api) {
    return api.get("/contacts?limit=1").json().get("cursor").asText();
  }

  private static String listsCursor(SampleApi api) {
    return Cursors.query(nextLink(api.get("/lists?workspace_id=52&limit=1")).getRawQuery())
        .get("cursor")
        .get(0);
  }
}
