package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.error;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.unsupported;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.support.BareAssertions;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.StatusAssertions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No request makes a large error answer: an answer lists at most five problems and then one that
 * counts the rest, and cuts each name and message it repeats from the request, so that every
 * error body of every style stays under 16 KB, whatever the request's size. Over HTTP, with the
 * largest hostile requests the server takes.
 */
class BoundedErrorsTest {

  /** The most an error body may hold, whatever the request. */
  private static final int MOST_BYTES = 16 * 1024;

  private static final String SIDE_LOADS = "; it can side-load: accounts";

  private static SampleApi api;

  /** One hostile request: what it is, and how to send it. */
  private record Hostile(String name, String method, String target, String body) {
    int bytes() {
      return target.length() + (body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length);
    }

    Response send() {
      return body == null ? api.get(target) : api.post(target, body);
    }
  }

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** {@code count} query parameters {@code name0=&name1=&...}. */
  private static String parameters(String name, int count) {
    StringJoiner query = new StringJoiner("&");
    for (int i = 0; i < count; i++) {
      query.add(name + i + "=");
    }
    return query.toString();
  }

  /** {@code count} names {@code name0,name1,...}. */
  private static String names(String name, int count) {
    StringJoiner names = new StringJoiner(",");
    for (int i = 0; i < count; i++) {
      names.add(name + i);
    }
    return names.toString();
  }

  /** A JSON body whose one field has {@code name}, escaped as JSON wants. */
  private static String bodyWithField(String escapedName) {
    return "{\"" + escapedName + "\": 1}";
  }

  static List<Hostile> hostiles() {
    String controls = "%01".repeat(60_000);
    String escapedControls = "\\u0001".repeat(45_000);
    return List.of(
        new Hostile(
            "vendor: 25,000 unknown parameters",
            "GET",
            "/lists?workspace_id=52&" + parameters("unknown", 25_000),
            null),
        new Hostile(
            "vendor: 30,000 names that cannot be side-loaded",
            "GET",
            "/lists?workspace_id=52&include=" + names("nothing", 30_000),
            null),
        new Hostile(
            "vendor: one unknown parameter of 60,000 control characters",
            "GET",
            "/lists?workspace_id=52&" + controls + "=1",
            null),
        new Hostile(
            "vendor: include of 60,000 control characters",
            "GET",
            "/lists?workspace_id=52&include=" + controls,
            null),
        new Hostile(
            "vendor: unknown body field of 45,000 control characters",
            "POST",
            "/lists",
            bodyWithField(escapedControls)),
        new Hostile(
            "meta: unknown body field of 45,000 control characters",
            "POST",
            "/projects",
            bodyWithField(escapedControls)),
        new Hostile(
            "meta: 250,000-digit offset", "GET", "/projects?offset=" + "9".repeat(250_000), null),
        new Hostile(
            "bare: unknown body field of 45,000 control characters",
            "POST",
            "/contacts",
            bodyWithField(escapedControls)),
        new Hostile(
            "bare: an exception message that repeats a 60,000-character path segment",
            "GET",
            "/contacts/" + SampleApi.contactId(1) + "/attachments/" + controls,
            null),
        new Hostile(
            "status: unknown body field of 45,000 control characters",
            "POST",
            "/notes",
            bodyWithField(escapedControls)),
        new Hostile(
            "status: 250,000-digit page", "GET", "/notes?page=" + "9".repeat(250_000), null));
  }

  @Test
  void noHostileRequestGetsAnErrorBodyOver16KilobytesInAnyStyle() {
    List<String> over = new ArrayList<>();
    double largestRatio = 0;
    String largest = "";
    int largestBytes = 0;
    for (Hostile hostile : hostiles()) {
      Response response = hostile.send();
      int bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
      assertTrue(
          response.status() >= 400 && response.status() < 500,
          () -> hostile.name() + " answered " + response.status());
      response.json();
      if (bytes > MOST_BYTES) {
        over.add(hostile.name() + ": " + bytes + " bytes");
      }
      if (bytes > largestBytes) {
        largestBytes = bytes;
        largest = hostile.name();
      }
      largestRatio = Math.max(largestRatio, (double) bytes / hostile.bytes());
    }
    assertTrue(over.isEmpty(), () -> "error bodies over 16 KB: " + over);
    System.out.printf(
        "Largest error body of the hostile requests: %d bytes (%s); largest ratio of an error"
            + " body to its request: %.4f%n",
        largestBytes, largest, largestRatio);
  }

  @Test
  void eightUnknownParametersAnswerTheFirstFiveAndHowManyMore() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&" + parameters("p", 8)),
        unsupported("p0"),
        unsupported("p1"),
        unsupported("p2"),
        unsupported("p3"),
        unsupported("p4"),
        error("invalid_request", "3 more problems are not listed."));
  }

  @Test
  void sixUnknownParametersAreAllListed() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&" + parameters("p", 6)),
        unsupported("p0"),
        unsupported("p1"),
        unsupported("p2"),
        unsupported("p3"),
        unsupported("p4"),
        unsupported("p5"));
  }

  @Test
  void manyNamesThatCannotBeSideLoadedAnswerTheFirstFiveAndHowManyMore() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&include=" + names("x", 1_000)),
        invalid("include", "include cannot side-load x0" + SIDE_LOADS),
        invalid("include", "include cannot side-load x1" + SIDE_LOADS),
        invalid("include", "include cannot side-load x10" + SIDE_LOADS),
        invalid("include", "include cannot side-load x100" + SIDE_LOADS),
        invalid("include", "include cannot side-load x101" + SIDE_LOADS),
        error("invalid_request", "995 more problems are not listed."));
  }

  @Test
  void aLongNameIsCutWithAnEllipsisInEveryStyle() {
    String cut = "n".repeat(58) + "\u2026";
    String body = bodyWithField("n".repeat(10_000));
    assertBadRequest(
        api.get("/lists?workspace_id=52&" + "n".repeat(10_000) + "=1"),
        error("unsupported_param", "param is not supported: " + cut, cut));
    assertBadRequest(api.post("/lists", body), invalid(cut, cut + " is not a known field"));
    BareAssertions.assertValidationError(
        api.post("/contacts", body), cut + ": is not a known field");
    StatusAssertions.assertInvalid(
        api.post("/notes", body), StatusAssertions.attribute(cut, "is not a known field"));
    EnvelopeAssertions.assertEnvelope(
        api.post("/projects", body),
        400,
        SampleApi.json(
            """
            {
              "success": false, "code": 1001, "message": "Invalid request",
              "status_code": 400, "status_message": "Bad Request",
              "detailed": [{"field": "%s", "message": "is not a known field"}],
              "data": null, "count": null, "pagination": null
            }
            """,
            cut));
  }
}
