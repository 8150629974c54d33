package dev.envelopes.sample.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.styles.StylePage.Example;
import dev.envelopes.sample.support.BareAssertions;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.SampleRuntime;
import dev.envelopes.sample.support.StatusAssertions;
import dev.envelopes.sample.support.VendorAssertions;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the style pages of {@code docs/styles} honest: every wire example on them is sent to the
 * sample API, seeded as for every test, and the answer must be exactly the one the page shows (its
 * status, each header it shows, its body with the keys at every depth in the page's order); the
 * page's body must also pass the style's own key-order rules, and the test it names as its source
 * must exist.
 */
class StylePagesTest {

  /** Where the pages say the sample API runs, as {@code mvn -Pserve} serves it. */
  static final String DOCUMENTED_BASE = "http://localhost:8080";

  /** A cursor as the API signs it: the base64url of its JSON, a dot, the signature's. */
  private static final Pattern CURSOR = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  /** Each page, with the rule its style's assertions apply to the keys of every answer. */
  private static final Map<String, Consumer<JsonNode>> PAGES =
      Map.of(
          "meta.md",
          EnvelopeAssertions::assertKeyOrder,
          "bare.md",
          BareAssertions::assertKeyOrder,
          "status.md",
          StatusAssertions::assertKeyOrder,
          "vendor.md",
          body -> {
            if (body.has("errors")) {
              VendorAssertions.assertErrorShape(body);
            } else {
              VendorAssertions.assertSuccessShape(body);
            }
          });

  @TestFactory
  Stream<DynamicTest> everyExampleIsWhatTheSampleApiAnswers() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : PAGES.keySet().stream().sorted().toList()) {
      StylePage page = StylePage.read(StylePage.DIRECTORY.resolve(name));
      assertTrue(page.examples().size() >= 4, () -> name + " shows too few wire examples");
      for (Example example : page.examples()) {
        tests.add(dynamicTest(name + " " + example, () -> check(name, example)));
      }
    }
    return tests.stream();
  }

  @Test
  void theIndexAndTheReadmeLinkEveryPage() throws IOException {
    String index = Files.readString(StylePage.DIRECTORY.resolve("README.md"));
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String name : PAGES.keySet()) {
      assertTrue(index.contains("](" + name + ")"), () -> "docs/styles/README.md links " + name);
      assertTrue(readme.contains("](docs/styles/" + name + ")"), () -> "README.md links " + name);
    }
  }

  private static void check(String page, Example example) throws ClassNotFoundException {
    assertSourceExists(page, example);
    try (SampleApi api = SampleApi.start()) {
      Response response = send(api, example);
      assertEquals(example.status(), response.status(), () -> "status of " + response);
      Status known = Status.fromStatusCode(example.status());
      if (known != null) {
        assertEquals(known.getReasonPhrase(), example.reasonPhrase(), "reason phrase");
      }
      example
          .answer()
          .headers()
          .forEach(
              (name, value) ->
                  assertEquals(
                      List.of(onServer(api, value, example)),
                      response.header(name),
                      () -> name + " of " + response));
      String body = example.answer().body();
      if (body.isEmpty()) {
        assertEquals("", response.body(), () -> "body of " + response);
        return;
      }
      JsonNode expected = SampleApi.json(onServer(api, body, example));
      JsonNode actual = response.json();
      assertEquals(expected, actual, () -> "body of " + response);
      VendorAssertions.assertSameKeyOrder(expected, actual, "$");
      PAGES.get(page).accept(SampleApi.json(body));
    }
  }

  /** Sends the example's request with exactly its headers and body. */
  private static Response send(SampleApi api, Example example) {
    List<String> headers = new ArrayList<>();
    example
        .request()
        .headers()
        .forEach(
            (name, value) -> {
              headers.add(name);
              headers.add(value);
            });
    String body = example.request().body();
    return api.exchange(
        example.method(),
        api.uri(onServer(api, example.pathAndQuery(), example)),
        body.isEmpty() ? null : body,
        headers.toArray(String[]::new));
  }

  /**
   * Asserts that the test the example names exists, so that a renamed test renames the source. A
   * page's tests are in its style's package: {@code bare.md}'s in {@code
   * dev.envelopes.sample.bare}.
   */
  private static void assertSourceExists(String page, Example example)
      throws ClassNotFoundException {
    String stylePackage = page.substring(0, page.length() - ".md".length());
    String name = "dev.envelopes.sample." + stylePackage + "." + example.testClass();
    Class<?> test = Class.forName(name);
    assertTrue(
        Arrays.stream(test.getDeclaredMethods())
            .anyMatch(method -> method.getName().equals(example.testMethod())),
        () -> example.testClass() + " has no method " + example.testMethod());
  }

  /**
   * {@code text} with the documented base URI replaced by the test server's, and each cursor the
   * page shows by the one the runtime signs for the same page of the same query.
   */
  private static String onServer(SampleApi api, String text, Example example) {
    return CURSOR
        .matcher(text.replace(DOCUMENTED_BASE, api.base()))
        .replaceAll(cursor -> Matcher.quoteReplacement(onServer(cursor.group(), example)));
  }

  /**
   * The cursor the runtime signs where the page shows {@code documented}. The pages show the Jersey
   * sample's, signed with the tests' key for its resource method; another runtime signs for its own
   * handler method, so the same page of the same query has another signature there.
   */
  private static String onServer(String documented, Example example) {
    String content = documented.substring(0, documented.indexOf('.'));
    long offset =
        SampleApi.json(new String(Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8))
            .get("offset")
            .asLong();
    String filters = filters(example.pathAndQuery());
    String endpoint =
        filters.isEmpty()
            ? SampleRuntime.JAKARTA_CONTACTS_ENDPOINT
            : SampleRuntime.JAKARTA_LISTS_ENDPOINT;
    assertEquals(
        Cursors.signedFor(endpoint, SampleApi.CURSOR_KEY, offset, filters),
        documented,
        "the page's cursor is the one the Jersey sample signs");
    return Cursors.signed(offset, filters);
  }

  /**
   * The query a cursor is signed for: the request's, as sent, without {@code cursor} and {@code
   * limit}.
   */
  private static String filters(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    if (query < 0) {
      return "";
    }
    return Arrays.stream(pathAndQuery.substring(query + 1).split("&"))
        .filter(pair -> !pair.startsWith("cursor=") && !pair.startsWith("limit="))
        .collect(Collectors.joining("&"));
  }
}
