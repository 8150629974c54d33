package dev.envelopes.sample.security;

import static dev.envelopes.sample.support.EnvelopeAssertions.encode;
import static dev.envelopes.sample.support.EnvelopeAssertions.link;
import static dev.envelopes.sample.support.EnvelopeAssertions.queryOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.LinkHeader;
import dev.envelopes.sample.support.RawHttp;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that end up in a link: the meta envelope's {@code pagination} links keep every query
 * parameter the method declares as the client sent it, and drop the others, the vendor style's
 * {@code Link} header does the same with the URI it was sent, and
 * {@code Location} is built from the request's path. Whatever a client puts there, control
 * characters and line separators, {@code <>,;"}, braces, bad percent-escapes or {@code //host},
 * each link must be a URI, on this server, that gives the client's values back unchanged, each
 * {@code Link} header must parse by RFC 8288 to exactly the expected relation, and no header may
 * carry a control character.
 */
class HostileLinksTest {

  /** Values a client may send, encoded, in any parameter that ends up in a link. */
  static List<String> hostileValues() {
    return List.of(
        "\r\n",
        "a\rb",
        "a\nSet-Cookie: x=1",
        "%0d%0a",
        "%0D%0ALocation: http://evil.example/",
        "line\u2028separator\u2029paragraph",
        "nul\u0000byte",
        "<>,;\"",
        "<http://evil.example/>; rel=\"next\"",
        "{}",
        "{id}",
        "%zz",
        "%",
        "%2",
        "//evil.example/x",
        "a b+c&d=e#f?g",
        "\\'`|^",
        "é 😀");
  }

  /**
   * Request targets sent byte for byte: characters a strict URI forbids, bad percent-escapes and a
   * path that starts with {@code //}, on a meta, a vendor and a status list. The JDK's server
   * answers a target that is no URI at all with its own 400, before the API sees it.
   */
  static List<String> rawTargets() {
    List<String> targets = new ArrayList<>();
    for (String query :
        List.of(
            "x=<>,;\"{}",
            "x={id}",
            "x=%zz",
            "x=%",
            "x=%2",
            "x=%0d%0a",
            "x=%E2%80%A8",
            "x=%00",
            "x=a|b^c`d\\e",
            "x=//evil.example/")) {
      targets.add("/projects?offset=1&limit=1&" + query);
      targets.add("/projects/2/tasks?limit=1&" + query);
      targets.add("/lists?workspace_id=52&limit=1&" + query.replace("x=", "view="));
      targets.add("/notes?per_page=1&" + query.replace("x=", "page="));
    }
    targets.add("//evil.example/projects?offset=1&limit=1");
    targets.addAll(oddVendorTargets());
    return targets;
  }

  /**
   * Vendor list targets that are valid but odd: escaped digits and letters, an empty cursor, and a
   * cursor of the first page, signed for the filters, with its first letter escaped.
   */
  static List<String> oddVendorTargets() {
    String cursor = Cursors.signed(0, "workspace_id=52&view=default");
    return List.of(
        "/lists?workspace_id=%35%32&view=%64efault&limit=1",
        "/v2/lists?workspace_id=52&limit=1&cursor=",
        "/lists?limit=1&workspace_id=5%32&view=default&cursor="
            + "%%%02X".formatted((int) cursor.charAt(0))
            + cursor.substring(1));
  }

  private static final AtomicInteger NAMES = new AtomicInteger();

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest(name = "owner={0}")
  @MethodSource("hostileValues")
  void ownerInTheMetaLinksIsEncodedAndComesBackUnchanged(String owner) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(api.addProject("Project " + NAMES.incrementAndGet(), owner));
    }

    Response middle = api.get("/projects?owner=" + encode(owner) + "&offset=1&limit=1");

    assertEquals(200, middle.status(), () -> "status of " + middle);
    assertNoControlCharacters(middle.headers().map());
    JsonNode page = middle.json();
    assertEquals(ids.get(1), page.get("data").get(0).get("id").asLong(), "the middle project");
    assertEquals(
        query("owner", owner, "offset", "2", "limit", "1"), onThisServer(link(page, "next")));
    assertEquals(
        query("owner", owner, "offset", "0", "limit", "1"), onThisServer(link(page, "prev")));
    Response last = api.get(link(page, "next"));
    assertEquals(ids.get(2), last.json().get("data").get(0).get("id").asLong(), "the last one");
  }

  @ParameterizedTest(name = "note={0}")
  @MethodSource("hostileValues")
  void parameterTheMetaListDoesNotKnowIsLeftOutOfItsLinks(String note) {
    Response response = api.get("/projects/2/tasks?limit=5&offset=5&note=" + encode(note));

    assertEquals(200, response.status(), () -> "status of " + response);
    assertNoControlCharacters(response.headers().map());
    assertEquals(query("offset", "10", "limit", "5"), onThisServer(link(response.json(), "next")));
    assertEquals(query("offset", "0", "limit", "5"), onThisServer(link(response.json(), "prev")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawTargets")
  void rawTargetIsAnsweredWithoutA500AndItsLinksAreUrisOnThisServer(String target) {
    RawHttp.Answer answer = RawHttp.send(api.base(), "GET", target, null);

    assertTrue(answer.status() < 500, () -> target + " -> " + answer);
    assertHeaderLinesClean(answer);
    if (!isUri(target)) {
      // The JDK's server refuses it before Jersey, and so the API, ever sees it.
      assertEquals(400, answer.status(), () -> target + " -> " + answer);
      assertEquals(List.of(), answer.header("Link"), () -> "Link of " + answer);
      return;
    }
    JsonNode body = SampleApi.json(answer.body());
    JsonNode pagination = body.get("pagination");
    if (pagination != null && pagination.isObject()) {
      for (String which : List.of("next", "prev")) {
        if (pagination.get(which).isTextual()) {
          onThisServer(URI.create(pagination.get(which).asText()));
        }
      }
    }
    for (String header : answer.header("Link")) {
      List<LinkHeader.Value> links = LinkHeader.parse(header);
      assertEquals(1, links.size(), () -> "one link in " + header);
      assertEquals(Map.of("rel", "next"), links.get(0).parameters(), () -> "rel of " + header);
      onThisServer(links.get(0).target());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddVendorTargets")
  void vendorLinkOfAnOddlyEncodedRequestIsOneNextRelationThatKeepsItsValues(String target) {
    RawHttp.Answer answer = RawHttp.send(api.base(), "GET", target, null);

    assertEquals(200, answer.status(), () -> target + " -> " + answer);
    List<String> headers = answer.header("Link");
    assertEquals(1, headers.size(), () -> "one Link header in " + answer);
    List<LinkHeader.Value> links = LinkHeader.parse(headers.get(0));
    assertEquals(1, links.size(), () -> "one link in " + headers);
    assertEquals(Map.of("rel", "next"), links.get(0).parameters());
    Map<String, List<String>> query = onThisServer(links.get(0).target());
    assertEquals(List.of("52"), query.get("workspace_id"), () -> "workspace of " + headers);
    // The cursor of offset 1, signed for the filters as decoded; Cursors, like the API, leaves out
    // the target's own cursor and limit.
    assertEquals(
        List.of(Cursors.signed(1, URI.create(target).getRawQuery())),
        query.get("cursor"),
        () -> "cursor of " + headers);
    assertEquals(List.of("1"), query.get("limit"), () -> "limit of " + headers);
  }

  @ParameterizedTest(name = "POST {0}")
  @MethodSource("creations")
  void locationOfACreationStaysOnThisServerWhateverThePathLooksLike(String target, String body) {
    if (URI.create(target).getRawPath().isEmpty()) {
      // "//lists" names a host and no path: the JDK's server answers 404 itself, without reading
      // a body, and a body it never reads would reset the connection before the answer is read.
      RawHttp.Answer answer = RawHttp.send(api.base(), "POST", target, null);
      int expected =
          ContainerDifferences.current().servesDoubleSlashAsPath()
              ? RawHttp.send(api.base(), "POST", target.substring(1), null).status()
              : 404;
      assertEquals(expected, answer.status(), () -> target + " -> " + answer);
      assertHeaderLinesClean(answer);
      assertEquals(List.of(), answer.header("Location"), () -> "Location of " + answer);
      return;
    }
    RawHttp.Answer answer = RawHttp.send(api.base(), "POST", target, body);

    assertTrue(answer.status() < 500, () -> target + " -> " + answer);
    assertHeaderLinesClean(answer);
    if (target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/%")) {
      assertEquals(201, answer.status(), () -> target + " -> " + answer);
    }
    if (answer.status() == 201) {
      List<String> locations = answer.header("Location");
      assertEquals(1, locations.size(), () -> "one Location in " + answer);
      onThisServer(URI.create(locations.get(0)));
    }
  }

  static List<Arguments> creations() {
    List<Arguments> creations = new ArrayList<>();
    for (String prefix : List.of("", "/", "//evil.example", "/%2e%2e")) {
      creations.add(
          Arguments.of(
              prefix + "/projects",
              "{\"name\": \"Created at "
                  + prefix
                  + NAMES.incrementAndGet()
                  + "\", \"owner\": \"ada\"}"));
      creations.add(Arguments.of(prefix + "/notes", "{\"title\": \"t\", \"body\": \"b\"}"));
      creations.add(Arguments.of(prefix + "/lists", "{\"name\": \"n\", \"workspace_id\": 52}"));
    }
    return creations;
  }

  /**
   * Asserts that {@code uri} is relative to the server's root, so on this server, made of URI
   * characters only; answers its decoded query.
   */
  private static Map<String, List<String>> onThisServer(URI uri) {
    EnvelopeAssertions.assertRelativeToServerRoot(uri);
    assertEquals(uri.toASCIIString(), uri.toString(), () -> "only ASCII in " + uri);
    assertNoControlCharacters(Map.of("link", List.of(uri.toString())));
    return queryOf(uri);
  }

  private static boolean isUri(String target) {
    try {
      new URI(target);
      return true;
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }

  private static Map<String, List<String>> query(String... namesAndValues) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return query;
  }

  /** Asserts that no header line holds a control character, U+2028 or U+2029. */
  private static void assertHeaderLinesClean(RawHttp.Answer answer) {
    Map<String, List<String>> lines = Map.of("header lines", answer.headerLines());
    assertNoControlCharacters(lines);
  }

  private static void assertNoControlCharacters(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      for (String value : header.getValue()) {
        for (char c : value.toCharArray()) {
          assertFalse(
              Character.isISOControl(c) || c == '\u2028' || c == '\u2029',
              () -> header.getKey() + " holds U+%04X: ".formatted((int) c) + value);
        }
      }
    }
  }
}
