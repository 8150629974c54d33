package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.Cursors.signed;
import static dev.envelopes.sample.support.VendorAssertions.MEDIA_TYPE;
import static dev.envelopes.sample.support.VendorAssertions.assertData;
import static dev.envelopes.sample.support.VendorAssertions.assertError;
import static dev.envelopes.sample.support.VendorAssertions.assertListNotFound;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.list;
import static dev.envelopes.sample.support.VendorAssertions.lists;
import static dev.envelopes.sample.support.VendorAssertions.nextLink;
import static dev.envelopes.sample.support.VendorAssertions.page;
import static dev.envelopes.sample.support.VendorAssertions.unsupportedVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API version, which the document lets a client name in two ways: as a {@code /v2} path prefix,
 * or in {@code Accept} as {@code application/vnd.flow.v2+json}. A request that names neither is
 * answered as version 2 too, and every answer carries the vendor media type. Another version
 * answers {@code unsupported_version}: 404 when the path names it, 406 when {@code Accept} does.
 * These tests change nothing, so they share one server.
 */
class VendorVersionsTest {

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
  void versionPrefixInThePathAnswersAsWithoutIt() {
    assertData(api.get("/v2/lists/1"), list(1));
    assertListNotFound(api.get("/v2/lists/9"), 9);
  }

  @Test
  void versionPrefixIsKeptInTheLinkToTheNextPage() {
    URI next =
        assertPage(
            api.get("/v2/lists?workspace_id=52"),
            page(1, 2),
            api.base()
                + "/v2/lists?workspace_id=52&cursor="
                + signed(2, "workspace_id=52")
                + "&limit=2");

    assertPage(api.get(next), page(3, 4), null);
  }

  @Test
  void followingTheLinksUnderTheVersionPrefixWalksEveryListWithTheOtherParametersKept() {
    List<JsonNode> pages = new ArrayList<>();
    List<URI> visited = new ArrayList<>();
    URI next = api.uri("/v2/lists?workspace_id=52&view=default&limit=1");
    while (next != null) {
      assertTrue(visited.size() < 5, () -> "the links do not end: " + visited);
      visited.add(next);
      Response response = api.get(next);
      assertEquals(200, response.status(), () -> "status of " + response);
      pages.add(response.json().get("data"));
      next = response.header("Link").isEmpty() ? null : nextLink(response);
    }

    assertEquals(List.of(lists(1), lists(2), lists(3), lists(4)), pages);
    assertEquals(
        List.of(
            api.uri("/v2/lists?workspace_id=52&view=default&limit=1"),
            api.uri(
                "/v2/lists?workspace_id=52&view=default&cursor="
                    + signed(1, "workspace_id=52&view=default")
                    + "&limit=1"),
            api.uri(
                "/v2/lists?workspace_id=52&view=default&cursor="
                    + signed(2, "workspace_id=52&view=default")
                    + "&limit=1"),
            api.uri(
                "/v2/lists?workspace_id=52&view=default&cursor="
                    + signed(3, "workspace_id=52&view=default")
                    + "&limit=1")),
        visited);
  }

  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(
      strings = {
        "application/vnd.flow.v2+json",
        "text/html, application/vnd.flow.v2+json;q=0.9",
        "application/vnd.flow.v2+json; charset=utf-8",
        "text/plain;q=0.1, application/vnd.flow.v2+json;q=0.5, application/xml",
        "APPLICATION/VND.FLOW.V2+JSON"
      })
  void versionInAcceptAnswersInTheVendorMediaType(String accept) {
    assertData(api.getWith("/lists/1", "Accept", accept), list(1));
  }

  @Test
  void versionInAcceptAnswersAPageWithItsLink() {
    URI next =
        assertPage(
            api.getWith("/lists?workspace_id=52", "Accept", MEDIA_TYPE),
            page(1, 2),
            api.base()
                + "/lists?workspace_id=52&cursor="
                + signed(2, "workspace_id=52")
                + "&limit=2");

    assertPage(api.getWith(next, "Accept", MEDIA_TYPE), page(3, 4), null);
  }

  @Test
  void versionInBothPathAndAcceptAnswers() {
    assertData(api.getWith("/v2/lists/1", "Accept", MEDIA_TYPE), list(1));
  }

  @Test
  void requestThatNamesNoVersionIsAnsweredAsVersionTwoInTheVendorMediaType() {
    assertData(api.getWith("/lists/1"), list(1));
    assertData(api.getWith("/lists/1", "Accept", "application/json"), list(1));
    assertData(api.getWith("/lists/1", "Accept", "*/*"), list(1));
  }

  @Test
  void errorOfAVersionedRequestIsInTheVendorMediaTypeToo() {
    assertListNotFound(api.getWith("/lists/9", "Accept", MEDIA_TYPE), 9);
  }

  @Test
  void acceptNamingThisVersionBesideAnotherIsAnsweredInThisVersion() {
    assertData(
        api.getWith(
            "/lists/1", "Accept", "application/vnd.flow.v3+json, application/vnd.flow.v2+json"),
        list(1));
  }

  @Test
  void otherVersionInAcceptAnswers406UnsupportedVersion() {
    assertError(
        api.getWith("/lists/1", "Accept", "application/vnd.flow.v3+json"),
        406,
        unsupportedVersion(3));
  }

  @Test
  void otherVersionInAcceptOfAPageAnswers406WithoutLink() {
    assertError(
        api.getWith("/lists?workspace_id=52", "Accept", "application/vnd.flow.v1+json"),
        406,
        unsupportedVersion(1));
  }

  @Test
  void otherVersionInAcceptWithParametersAmongOtherTypesAnswers406() {
    assertError(
        api.getWith("/lists/1", "Accept", "text/html, application/vnd.flow.v3+json;q=0.9"),
        406,
        unsupportedVersion(3));
  }

  @Test
  void otherVersionInAcceptWinsOverTheRightVersionInThePath() {
    assertError(
        api.getWith("/v2/lists/1", "Accept", "application/vnd.flow.v3+json"),
        406,
        unsupportedVersion(3));
  }

  @Test
  void otherVersionInThePathAnswers404UnsupportedVersion() {
    assertError(api.get("/v3/lists/1"), 404, unsupportedVersion(3));
    assertError(api.get("/v1/lists?workspace_id=52"), 404, unsupportedVersion(1));
  }

  @Test
  void otherVersionInThePathAnswers404EvenWithTheRightVersionInAccept() {
    assertError(api.getWith("/v3/lists/1", "Accept", MEDIA_TYPE), 404, unsupportedVersion(3));
  }

  @Test
  void createUnderAnotherVersionInThePathAnswers404AndCreatesNothing() {
    assertError(
        api.sendAs("POST", "/v3/lists", "application/json", "{\"name\":\"X\",\"workspace_id\":52}"),
        404,
        unsupportedVersion(3));
    assertPage(api.get("/lists?workspace_id=52&limit=50"), page(1, 2, 3, 4), null);
  }
}
