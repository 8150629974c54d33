package dev.envelopes.sample.bare;

import static dev.envelopes.sample.support.BareAssertions.assertBare;
import static dev.envelopes.sample.support.BareAssertions.assertBareError;
import static dev.envelopes.sample.support.BareAssertions.assertEmpty200;
import static dev.envelopes.sample.support.BareAssertions.assertNoContent;
import static dev.envelopes.sample.support.BareAssertions.contact;
import static dev.envelopes.sample.support.BareAssertions.contacts;
import static dev.envelopes.sample.support.BareAssertions.page;
import static dev.envelopes.sample.support.SampleApi.contactId;
import static dev.envelopes.sample.support.SampleApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The successful answers of the bare style: a record answers itself, a list a JSON array, a query
 * that finds nothing 204 without a body, a create 200 with {@code {"id": ...}} and no {@code
 * Location}, and an update, a delete or a process action 200 with an empty body.
 */
class BareSuccessTest {

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
  void getOfAContactAnswers200WithTheRecordItself() {
    assertBare(
        api.get("/contacts/" + contactId(1)),
        200,
        json(
            """
            {
              "contactId": "00000000-0000-0000-0000-000000000001",
              "fullName": "Alice Johnson",
              "email": "alice@example.com",
              "active": true
            }
            """));
  }

  @Test
  void getOfTheInactiveContactAnswersItWithActiveFalse() {
    assertBare(
        api.get("/contacts/" + contactId(5)),
        200,
        contact(5, "Eve Miller", "eve@example.com", false));
  }

  @Test
  void lookupOfAKnownEmailAnswers200WithTheRecord() {
    assertBare(api.get("/contacts/lookup?email=bob@example.com"), 200, contact(2));
  }

  @Test
  void lookupOfAnUnknownEmailAnswers204WithoutBodyOrContentType() {
    assertNoContent(api.get("/contacts/lookup?email=nobody@example.com"));
  }

  @Test
  void searchAnswers200WithAnArrayOfTheMatchingContacts() {
    assertBare(api.get("/contacts/search?name=al"), 200, contacts(1));
  }

  @Test
  void searchAnswersEveryMatchInIdOrderIgnoringCase() {
    // "o" is in Johnson, Bob, Carol and Brown; not in Eve Miller.
    assertBare(api.get("/contacts/search?name=o"), 200, contacts(1, 2, 3, 4));
    assertBare(api.get("/contacts/search?name=MILL"), 200, contacts(5));
  }

  @Test
  void searchThatFindsNothingAnswers204WithoutBodyOrContentType() {
    assertNoContent(api.get("/contacts/search?name=zzz"));
  }

  @Test
  void postOfAContactAnswers200WithOnlyItsIdAndNoLocation() {
    Response created =
        api.post("/contacts", "{\"fullName\": \"Zed\", \"email\": \"z@example.com\"}");

    assertBare(created, 200, json("{\"id\": \"%s\"}", contactId(6)));
    assertEquals(1, created.json().size(), () -> "only the id in " + created);
    assertBare(
        api.get("/contacts/" + created.json().get("id").asText()),
        200,
        contact(6, "Zed", "z@example.com", true));
  }

  @Test
  void putOfAContactAnswersAnEmpty200AndChangesIt() {
    Response updated =
        api.put(
            "/contacts/" + contactId(1),
            "{\"fullName\": \"Alice Cooper\", \"email\": \"alice.cooper@example.com\"}");

    assertEmpty200(updated);
    assertBare(
        api.get("/contacts/" + contactId(1)),
        200,
        contact(1, "Alice Cooper", "alice.cooper@example.com", true));
  }

  @Test
  void deactivateAnswersAnEmpty200AndTheContactCanNoLongerBeUpdated() {
    assertEmpty200(api.post("/contacts/" + contactId(2) + "/deactivate"));

    assertBare(
        api.get("/contacts/" + contactId(2)),
        200,
        contact(2, "Bob Williams", "bob@example.com", false));
    assertBareError(
        api.put(
            "/contacts/" + contactId(2), "{\"fullName\": \"Bob\", \"email\": \"b@example.com\"}"),
        400,
        "PRECONDITION_FAILED",
        "Cannot update inactive contacts");
    assertBare(
        api.get("/contacts/" + contactId(2)),
        200,
        contact(2, "Bob Williams", "bob@example.com", false));
  }

  @Test
  void deleteWithTheAdminKeyAnswersAnEmpty200AndTheContactIsGone() {
    assertEmpty200(api.delete("/contacts/" + contactId(3), "admin-key"));

    assertBareError(
        api.get("/contacts/" + contactId(3)),
        404,
        "NOT_FOUND",
        "Contact " + contactId(3) + " does not exist.");
    assertBare(api.get("/contacts?limit=50"), 200, page(null, 4, false, 1, 2, 4, 5));
  }
}
