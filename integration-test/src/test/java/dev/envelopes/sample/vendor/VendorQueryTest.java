package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.Cursors.signed;
import static dev.envelopes.sample.support.VendorAssertions.CURSOR_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.LIMIT_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.VIEW_MESSAGE;
import static dev.envelopes.sample.support.VendorAssertions.assertBadRequest;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.body;
import static dev.envelopes.sample.support.VendorAssertions.invalid;
import static dev.envelopes.sample.support.VendorAssertions.page;
import static dev.envelopes.sample.support.VendorAssertions.pageWithAccounts;
import static dev.envelopes.sample.support.VendorAssertions.unsupported;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query of the vendor style. {@code include=accounts} side-loads the owners of the page's lists
 * under {@code accounts}, between {@code data} and {@code request_id}; without it there is no
 * {@code accounts} key at all. {@code view} chooses a view: {@code upcoming} (due on or after
 * "today", 2026-03-02), {@code overdue} (due before) or {@code default} (all). A query the method
 * does not take answers 400 with one error per problem: {@code unsupported_param} for each unknown
 * parameter, sorted by name, then {@code invalid_attribute} for the view, then for each include;
 * {@code cursor} and {@code limit} are checked only when the rest of the query passed. These tests
 * change nothing, so they share one server.
 */
class VendorQueryTest {

  private static final ObjectNode UNKNOWN_INCLUDE =
      invalid("include", "include cannot side-load owners; it can side-load: accounts");

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
  void viewGivenTwiceAnswersInvalidAttributeEvenWhenTheFirstIsKnown() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&view=upcoming&view=bogus"), invalid("view", VIEW_MESSAGE));
    assertBadRequest(
        api.get("/lists?workspace_id=52&view=upcoming&view=overdue"),
        invalid("view", VIEW_MESSAGE));
  }

  @Test
  void includeOnAMethodThatSideLoadsNothingIsOnlyAnUnsupportedParameter() {
    assertBadRequest(api.get("/lists/1?include=accounts"), unsupported("include"));
  }

  @Test
  void includeAccountsSideLoadsTheOwnersOfThePageBetweenDataAndRequestId() {
    assertPage(
        api.get("/lists?workspace_id=52&include=accounts"),
        body(
            """
            {
              "data": [
                {
                  "id": 1, "name": "Launch", "workspace_id": 52, "owner_id": 1,
                  "due_on": "2026-03-20"
                },
                {
                  "id": 2, "name": "Hiring", "workspace_id": 52, "owner_id": 2,
                  "due_on": "2026-02-01"
                }
              ],
              "accounts": [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]
            }
            """),
        api.base()
            + "/lists?workspace_id=52&include=accounts&cursor="
            + signed(2, "workspace_id=52&include=accounts")
            + "&limit=2");
  }

  @Test
  void includedAccountsAreThoseOfThisPageOnlyEachOnceById() {
    // Lists 2 and 4 are both Grace's; list 1 and 3 Ada's.
    assertPage(
        api.get(
            "/lists?workspace_id=52&view=upcoming&include=accounts&limit=1&cursor="
                + signed(1, "workspace_id=52&view=upcoming&include=accounts")),
        pageWithAccounts(new int[] {4}, 2),
        null);
    assertPage(
        api.get(
            "/lists?workspace_id=52&include=accounts&limit=1&cursor="
                + signed(2, "workspace_id=52&include=accounts")),
        pageWithAccounts(new int[] {3}, 1),
        api.base()
            + "/lists?workspace_id=52&include=accounts&cursor="
            + signed(3, "workspace_id=52&include=accounts")
            + "&limit=1");
    assertPage(
        api.get("/lists?workspace_id=7&include=accounts"),
        pageWithAccounts(new int[] {5}, 1),
        null);
  }

  @Test
  void includeAccountsOnAPagePastTheEndAnswersEmptyDataAndAccounts() {
    assertPage(
        api.get(
            "/lists?workspace_id=52&cursor="
                + signed(4, "workspace_id=52&include=accounts")
                + "&include=accounts"),
        body("{\"data\": [], \"accounts\": []}"),
        null);
  }

  @Test
  void withoutIncludeThereIsNoAccountsKey() {
    Response response = api.get("/lists?workspace_id=52");

    assertPage(
        response,
        page(1, 2),
        api.base() + "/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2");
    assertFalse(response.json().has("accounts"), () -> "accounts in " + response);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"&include=", "&include=,", "&include=%20"})
  void emptyIncludeSideLoadsNothing(String include) {
    Response response = api.get("/lists?workspace_id=7" + include);

    assertPage(response, page(5), null);
    assertFalse(response.json().has("accounts"), () -> "accounts in " + response);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "include=accounts,accounts",
        "include=accounts&include=accounts",
        "include=%20accounts%20"
      })
  void accountsNamedTwiceOrWithSpacesAreSideLoadedOnce(String include) {
    assertPage(
        api.get("/lists?workspace_id=7&" + include), pageWithAccounts(new int[] {5}, 1), null);
  }

  @Test
  void upcomingViewAnswersTheListsDueFromTodayPagedByTheLimit() {
    URI next =
        assertPage(
            api.get("/lists?workspace_id=52&view=upcoming&limit=1"),
            page(1),
            api.base()
                + "/lists?workspace_id=52&view=upcoming&cursor="
                + signed(1, "workspace_id=52&view=upcoming")
                + "&limit=1");

    assertPage(api.get(next), page(4), null);
  }

  @Test
  void upcomingViewWithTheDefaultLimitAnswersBothOnOnePage() {
    assertPage(api.get("/lists?workspace_id=52&view=upcoming"), page(1, 4), null);
  }

  @Test
  void overdueViewAnswersTheListsDueBeforeToday() {
    assertPage(api.get("/lists?workspace_id=52&view=overdue"), page(2), null);
  }

  @Test
  void viewsLeaveOutListsWithoutADueDate() {
    assertPage(api.get("/lists?workspace_id=7&view=upcoming"), page(), null);
    assertPage(api.get("/lists?workspace_id=7&view=overdue"), page(), null);
  }

  @Test
  void defaultViewAnswersAllListsAsWithoutAView() {
    assertPage(api.get("/lists?workspace_id=52&view=default&limit=50"), page(1, 2, 3, 4), null);
    assertPage(api.get("/lists?workspace_id=52&limit=50"), page(1, 2, 3, 4), null);
  }

  @Test
  void viewAndIncludeTogether() {
    assertPage(
        api.get("/lists?workspace_id=52&view=overdue&include=accounts"),
        pageWithAccounts(new int[] {2}, 2),
        null);
  }

  @Test
  void unknownParameterAnswers400UnsupportedParam() {
    assertBadRequest(api.get("/lists?workspace_id=52&foo=1"), unsupported("foo"));
  }

  @Test
  void unknownParametersAnswerOneErrorEachSortedByName() {
    assertBadRequest(
        api.get("/lists?zeta=1&workspace_id=52&alpha=2&Beta=3"),
        unsupported("Beta"),
        unsupported("alpha"),
        unsupported("zeta"));
  }

  @Test
  void unknownParameterGivenTwiceAnswersOneError() {
    assertBadRequest(api.get("/lists?workspace_id=52&foo=1&foo=2"), unsupported("foo"));
  }

  @Test
  void parameterNamesAreCaseSensitive() {
    assertBadRequest(api.get("/lists?Workspace_Id=52"), unsupported("Workspace_Id"));
  }

  @Test
  void parameterOfTheListsIsUnsupportedOnOneList() {
    assertBadRequest(api.get("/lists/1?view=default"), unsupported("view"));
    assertBadRequest(
        api.get("/lists/1?cursor=0&limit=2"), unsupported("cursor"), unsupported("limit"));
  }

  @ParameterizedTest(name = "view={0}")
  @ValueSource(strings = {"bogus", "", "Upcoming", "a%20b"})
  void viewItDoesNotOfferAnswers400NamingTheViews(String view) {
    assertBadRequest(api.get("/lists?workspace_id=52&view=" + view), invalid("view", VIEW_MESSAGE));
  }

  @Test
  void includeItCannotSideLoadAnswers400NamingWhatItCan() {
    assertBadRequest(api.get("/lists?workspace_id=52&include=owners"), UNKNOWN_INCLUDE);
  }

  @Test
  void eachIncludeItCannotSideLoadAnswersAnErrorSortedByName() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&include=tasks,accounts&include=owners"),
        UNKNOWN_INCLUDE,
        invalid("include", "include cannot side-load tasks; it can side-load: accounts"));
  }

  @Test
  void severalProblemsAnswerUnsupportedParamsThenViewThenInclude() {
    assertBadRequest(
        api.get("/lists?include=owners&view=bogus&foo=1&workspace_id=52&bar=2"),
        unsupported("bar"),
        unsupported("foo"),
        invalid("view", VIEW_MESSAGE),
        UNKNOWN_INCLUDE);
  }

  @Test
  void badPagingIsNotReportedWhileTheRestOfTheQueryFails() {
    assertBadRequest(api.get("/lists?workspace_id=52&foo=1&cursor=-1&limit=0"), unsupported("foo"));
    assertBadRequest(
        api.get("/lists?workspace_id=52&view=bogus&cursor=x"), invalid("view", VIEW_MESSAGE));
    assertBadRequest(api.get("/lists?workspace_id=52&include=owners&limit=51"), UNKNOWN_INCLUDE);
  }

  @Test
  void badPagingIsReportedOnceTheRestOfTheQueryPasses() {
    assertBadRequest(
        api.get("/lists?workspace_id=52&view=upcoming&include=accounts&cursor=-1&limit=0"),
        invalid("cursor", CURSOR_MESSAGE),
        invalid("limit", LIMIT_MESSAGE));
  }
}
