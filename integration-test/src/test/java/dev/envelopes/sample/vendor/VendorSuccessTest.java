package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.Cursors.signed;
import static dev.envelopes.sample.support.VendorAssertions.MEDIA_TYPE;
import static dev.envelopes.sample.support.VendorAssertions.assertCreated;
import static dev.envelopes.sample.support.VendorAssertions.assertData;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.assertSuccess;
import static dev.envelopes.sample.support.VendorAssertions.body;
import static dev.envelopes.sample.support.VendorAssertions.list;
import static dev.envelopes.sample.support.VendorAssertions.lists;
import static dev.envelopes.sample.support.VendorAssertions.page;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.VendorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The successful answers of the vendor style, all 200 in {@code application/vnd.flow.v2+json}
 * unless said otherwise: {@code {"data": <the list>, "request_id": ...}} for a list, its dates in
 * ISO-8601 ({@code 2026-03-20}) and {@code null} when it has none; a create 201 with a {@code
 * Location} under the path the client sent ({@code /v2} included) and the new id in {@code data};
 * an update {@code {"data": null, ...}}. A body is taken as {@code application/json} and as the
 * vendor media type alike.
 */
class VendorSuccessTest {

  private static final String NEW_LIST =
      "{\"name\": \"New\", \"workspace_id\": 52, \"due_on\": \"2026-05-01\"}";

  private SampleApi api;

  @BeforeEach
  void start() {
    api = SampleApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void getOfAListAnswersItInDataAsTheDocumentShowsIt() {
    assertSuccess(
        api.get("/lists/1"),
        body(
            """
            {
              "data": {
                "id": 1, "name": "Launch", "workspace_id": 52, "owner_id": 1,
                "due_on": "2026-03-20"
              }
            }
            """));
  }

  @Test
  void getOfAListWithoutADueDateAnswersDueOnNull() {
    assertSuccess(
        api.get("/lists/3"),
        body(
            """
            {
              "data": {
                "id": 3, "name": "Offsite", "workspace_id": 52, "owner_id": 1, "due_on": null
              }
            }
            """));
  }

  @Test
  void getOfTheArchivedListAnswersIt() {
    assertData(api.get("/lists/2"), list(2));
  }

  @Test
  void getOfEachSeededListAnswersIt() {
    for (int n = 1; n <= 5; n++) {
      assertData(api.get("/lists/" + n), list(n));
    }
  }

  @Test
  void postAnswers201WithTheNewIdInDataAndItsLocation() {
    assertCreated(api.post("/lists", NEW_LIST), "/lists/6", 6);

    assertData(api.get("/lists/6"), list(6, "New", 52, 1, "2026-05-01"));
  }

  @Test
  void postInTheVendorMediaTypeIsTakenAsJson() {
    assertCreated(api.sendAs("POST", "/lists", MEDIA_TYPE, NEW_LIST), "/lists/6", 6);

    assertData(api.get("/lists/6"), list(6, "New", 52, 1, "2026-05-01"));
  }

  @Test
  void postInTheVendorMediaTypeAcceptingItAsTheDocumentAsks() {
    assertCreated(
        api.sendAs("POST", "/lists", MEDIA_TYPE, NEW_LIST, "Accept", MEDIA_TYPE), "/lists/6", 6);
  }

  @Test
  void postUnderTheVersionPrefixAnswersALocationUnderItWhichAnswersTheList() {
    assertCreated(api.sendAs("POST", "/v2/lists", MEDIA_TYPE, NEW_LIST), "/v2/lists/6", 6);

    assertData(api.get("/v2/lists/6"), list(6, "New", 52, 1, "2026-05-01"));
  }

  @Test
  void locationOfACreateAnswersTheNewList() {
    var created = api.post("/lists", NEW_LIST);
    assertCreated(created, "/lists/6", 6);

    assertData(api.get(created.location()), list(6, "New", 52, 1, "2026-05-01"));
  }

  @Test
  void postWithoutADueDateCreatesAListWithDueOnNull() {
    assertCreated(
        api.post("/lists", "{\"name\": \"Someday\", \"workspace_id\": 7}"), "/lists/6", 6);

    assertData(api.get("/lists/6"), list(6, "Someday", 7, 1, null));
  }

  @Test
  void createdListsTakeTheNextIdsAndJoinTheirWorkspace() {
    assertCreated(api.post("/lists", NEW_LIST), "/lists/6", 6);
    assertCreated(
        api.post("/lists", "{\"name\": \"Later\", \"workspace_id\": 52, \"due_on\": null}"),
        "/lists/7",
        7);

    ArrayNode all = lists(1, 2, 3, 4);
    all.add(list(6, "New", 52, 1, "2026-05-01"));
    all.add(list(7, "Later", 52, 1, null));
    assertPage(api.get("/lists?workspace_id=52&limit=50"), VendorAssertions.data(all), null);
    ArrayNode upcoming = lists(1, 4);
    upcoming.add(list(6, "New", 52, 1, "2026-05-01"));
    assertPage(
        api.get("/lists?workspace_id=52&view=upcoming&limit=50"),
        VendorAssertions.data(upcoming),
        null);
  }

  @Test
  void putAnswers200WithDataNullAndChangesTheList() {
    assertSuccess(
        api.put("/lists/1", "{\"name\": \"Launch v2\", \"workspace_id\": 52, \"due_on\": null}"),
        body("{\"data\": null}"));

    assertData(api.get("/lists/1"), list(1, "Launch v2", 52, 1, null));
  }

  @Test
  void putInTheVendorMediaTypeUnderTheVersionPrefixChangesTheList() {
    assertSuccess(
        api.sendAs(
            "PUT",
            "/v2/lists/3",
            MEDIA_TYPE,
            "{\"name\": \"Offsite\", \"workspace_id\": 7, \"due_on\": \"2026-03-02\"}"),
        body("{\"data\": null}"));

    // Due today: upcoming, and now in workspace 7.
    assertData(api.get("/lists/3"), list(3, "Offsite", 7, 1, "2026-03-02"));
    assertPage(
        api.get("/lists?workspace_id=7&view=upcoming"),
        VendorAssertions.data(lists().add(list(3, "Offsite", 7, 1, "2026-03-02"))),
        null);
    assertPage(
        api.get("/lists?workspace_id=52"),
        page(1, 2),
        api.base() + "/lists?workspace_id=52&cursor=" + signed(2, "workspace_id=52") + "&limit=2");
  }

  @Test
  void putKeepsTheOwner() {
    assertSuccess(
        api.put("/lists/4", "{\"name\": \"Budget\", \"workspace_id\": 52}"),
        body("{\"data\": null}"));

    assertData(api.get("/lists/4"), list(4, "Budget", 52, 2, null));
  }
}
