package dev.envelopes.sample.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * The answers of the sample that carry a link, one per style and kind of link, each with the link
 * it must carry relative to the server's root. The bare style links nowhere.
 */
public enum LinkedAnswer {
  META_NEXT("GET", "/projects?owner=ada&limit=2", null, "/projects?owner=ada&offset=2&limit=2"),
  META_CREATED(
      "POST", "/projects", "{\"name\": \"Plankalkül\", \"owner\": \"zuse\"}", "/projects/10"),
  META_PATCHED("PATCH", "/projects/2", "{\"name\": \"Sketch\"}", "/projects/2"),
  STATUS_CREATED("POST", "/notes", "{\"title\": \"New\", \"body\": \"x\"}", "/notes/6"),
  VENDOR_NEXT(
      "GET",
      "/v2/lists?workspace_id=52&limit=1",
      null,
      "/v2/lists?workspace_id=52&cursor=" + Cursors.signed(1, "workspace_id=52") + "&limit=1"),
  VENDOR_CREATED(
      "POST",
      "/v2/lists",
      "{\"name\": \"New\", \"workspace_id\": 52, \"due_on\": \"2026-05-01\"}",
      "/v2/lists/6");

  public final String method;
  public final String target;
  public final String body;

  /** The link the answer carries, relative to the server's root. */
  public final String link;

  LinkedAnswer(String method, String target, String body, String link) {
    this.method = method;
    this.target = target;
    this.body = body;
    this.link = link;
  }

  /** Sends the request to {@code api} with the header lines {@code headers}, name and value. */
  public RawHttp.Answer send(SampleApi api, String... headers) {
    return RawHttp.send(api.base(), method, target, body, headers);
  }

  /** The one link {@code answer} carries where this kind of answer carries it. */
  public String linkOf(RawHttp.Answer answer) {
    return switch (this) {
      case META_NEXT -> {
        assertEquals(200, answer.status(), answer::toString);
        yield SampleApi.json(answer.body()).get("pagination").get("next").asText();
      }
      case VENDOR_NEXT -> {
        assertEquals(200, answer.status(), answer::toString);
        List<LinkHeader.Value> links = LinkHeader.parse(only(answer, "Link"));
        assertEquals(1, links.size(), answer::toString);
        assertEquals("next", links.get(0).parameters().get("rel"), answer::toString);
        yield links.get(0).target().toString();
      }
      default -> {
        assertEquals(this == META_PATCHED ? 200 : 201, answer.status(), answer::toString);
        yield only(answer, "Location");
      }
    };
  }

  private static String only(RawHttp.Answer answer, String header) {
    List<String> values = answer.header(header);
    assertEquals(1, values.size(), () -> header + " of " + answer);
    return values.get(0);
  }
}
