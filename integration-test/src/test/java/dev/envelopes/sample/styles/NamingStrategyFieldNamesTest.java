package dev.envelopes.sample.styles;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;
import static dev.envelopes.sample.support.StatusAssertions.assertInvalid;
import static dev.envelopes.sample.support.StatusAssertions.attribute;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import jakarta.ws.rs.ext.ContextResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application whose {@code ObjectMapper} names properties in snake_case has its validation
 * failures name the fields in snake_case too, as the client sent them; a {@code @JsonProperty}
 * name still wins over the strategy. The quotes of the sample API, served with such a mapper.
 */
class NamingStrategyFieldNamesTest {

  /** The application's JSON: every property in snake_case, as clients send it. */
  public static final class SnakeCaseJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }

  /** A quote with a blank customer name and postal code, and a line priced at 0. */
  private static final String INVALID_QUOTE =
      """
      {
        "customer_name": "",
        "ship_to": {"postal_code": ""},
        "lines": [{"description": "Bolts", "price_cents": 0}]
      }
      """;

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start(new SnakeCaseJson());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void metaNamesFieldsByTheMappersNamingStrategy() {
    assertEnvelope(
        put("/quotes/meta", INVALID_QUOTE),
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
                {"field": "customer_name", "message": "must not be blank"},
                {"field": "lines[0].price_cents", "message": "must be greater than 0"},
                {"field": "ship_to.postal_code", "message": "must not be blank"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void statusNamesAttributesByTheMappersNamingStrategy() {
    assertInvalid(
        put("/quotes/status", INVALID_QUOTE),
        attribute("customer_name", "must not be blank"),
        attribute("lines[0].price_cents", "must be greater than 0"),
        attribute("ship_to.postal_code", "must not be blank"));
  }

  private static Response put(String path, String body) {
    return api.put(path, body);
  }
}
