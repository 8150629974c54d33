package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.BareAssertions.assertValidationError;
import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.StatusAssertions.assertInvalid;
import static dev.envelopes.sample.support.StatusAssertions.attribute;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.error;
import static dev.envelopes.sample.support.VendorAssertions.invalid;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request body that does not validate is answered, in every style, with each field named as the
 * client sent it: the {@code @JsonProperty} name where there is one, with a path of JSON names
 * into nested objects and lists, such as {@code lines[2].price_cents}. The sample's {@code
 * QuoteResource} checks one {@code Quote} body in each style. These tests change nothing, so they
 * share one server.
 */
class BodyFieldNamesTest {

  /**
   * A quote whose customer name is blank, whose address has a blank postal code, and whose third
   * line has no description and a price of 0.
   */
  static final String INVALID_QUOTE =
      """
      {
        "customerName": "",
        "ship_to": {"postal_code": ""},
        "lines": [
          {"description": "Bolts", "price_cents": 120},
          {"description": "Nuts", "price_cents": 80},
          {"description": "", "price_cents": 0}
        ]
      }
      """;

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void metaNamesEachFieldByItsJsonNameWithPathsIntoObjectsAndLists() {
    assertEnvelope(
        api.put("/quotes/meta", INVALID_QUOTE),
        400,
        json(
            """
            {
              "success": false,
              "code": 1001,
              "message": "Invalid request",
              "status_code": 400,
              "status_message": "Bad Request",
              "detailed": [
                {"field": "customerName", "message": "must not be blank"},
                {"field": "lines[2].description", "message": "must not be blank"},
                {"field": "lines[2].price_cents", "message": "must be greater than 0"},
                {"field": "ship_to.postal_code", "message": "must not be blank"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void bareNamesEachFieldByItsJsonNameWithPathsIntoObjectsAndLists() {
    assertValidationError(
        api.put("/quotes/bare", INVALID_QUOTE),
        "customerName: must not be blank; lines[2].description: must not be blank;"
            + " lines[2].price_cents: must be greater than 0; ship_to.postal_code: must not be"
            + " blank");
  }

  @Test
  void statusNamesEachAttributeByItsJsonNameWithPathsIntoObjectsAndLists() {
    assertInvalid(
        api.put("/quotes/status", INVALID_QUOTE),
        attribute("customerName", "must not be blank"),
        attribute("lines[2].description", "must not be blank"),
        attribute("lines[2].price_cents", "must be greater than 0"),
        attribute("ship_to.postal_code", "must not be blank"));
  }

  @Test
  void vendorNamesEachAttributeByItsJsonNameWithPathsIntoObjectsAndLists() {
    assertBadRequest(
        api.put("/quotes/vendor", INVALID_QUOTE),
        invalid("customerName", "customerName must not be blank"),
        invalid("lines[2].description", "lines[2].description must not be blank"),
        invalid("lines[2].price_cents", "lines[2].price_cents must be greater than 0"),
        invalid("ship_to.postal_code", "ship_to.postal_code must not be blank"));
  }

  @Test
  void vendorNamesAMissingObjectByItsJsonName() {
    assertBadRequest(
        api.put(
            "/quotes/vendor",
            "{\"customerName\": \"Ada\", \"lines\": [{\"description\": \"Bolts\","
                + " \"price_cents\": 120}]}"),
        error("missing_param", "param is missing or the value is empty: ship_to", "ship_to"));
  }
}
