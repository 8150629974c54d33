package dev.envelopes.sample.meta;

import static dev.envelopes.sample.support.EnvelopeAssertions.assertEnvelope;
import static dev.envelopes.sample.support.SampleApi.json;

import dev.envelopes.sample.support.SampleApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Paginated(maxOffset = 4)} on {@code GET /archive}, for a store that cannot skip cheaply:
 * an offset over 4 is the meta envelope's 400 naming {@code offset}, and no {@code next} link leads
 * past it. The archive holds the 9 projects of the seed, 2 to a page by default.
 */
class MaxOffsetTest {

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "offset={0}")
  @ValueSource(strings = {"5", "6", "9223372036854775807"})
  void offsetOverTheMaximumAnswers400NamingIt(String offset) {
    assertEnvelope(
        api.get("/archive?offset=" + offset),
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
                {"field": "offset", "message": "must be given once, as a whole number from 0 to 4"}
              ],
              "data": null,
              "count": null,
              "pagination": null
            }
            """));
  }

  @Test
  void theMaximumOffsetIsServedWithoutALinkPastIt() {
    assertEnvelope(
        api.get("/archive?offset=4"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 5, "name": "COBOL", "owner": "grace"},
                {"id": 6, "name": "Nanosecond wire", "owner": "grace"}
              ],
              "count": 9,
              "pagination": {"next": null, "prev": "/archive?offset=2&limit=2"}
            }
            """));
  }

  @Test
  void aPageWhoseNextWouldStartPastTheMaximumHasNoNextLink() {
    assertEnvelope(
        api.get("/archive?offset=3&limit=2"),
        200,
        json(
            """
            {
              "success": true,
              "code": 602,
              "message": "Request OK",
              "status_code": 200,
              "status_message": "OK",
              "detailed": null,
              "data": [
                {"id": 4, "name": "Compiler A-0", "owner": "grace"},
                {"id": 5, "name": "COBOL", "owner": "grace"}
              ],
              "count": 9,
              "pagination": {"next": null, "prev": "/archive?offset=1&limit=2"}
            }
            """));
  }
}
