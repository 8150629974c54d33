package dev.envelopes.sample.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.envelopes.sample.fixtures.HostileFailure;
import dev.envelopes.sample.support.Sabotage;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.SampleRuntime.Setup;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spring sample as {@link SpringBootRuntime} serves it, before the Spring binding of Envelopes
 * exists: plain Spring MVC answers, with the domain's records as Spring Boot's Jackson writes them
 * (Jackson 3 on Boot 4, Jackson 2 on Boot 3.5: the same test runs on both), and the runtime's
 * plumbing (store, clock, JSON settings, sabotage) reaching the application it starts.
 * What the HTTP suite asserts of envelopes is left to it ({@code -Pspring-suite}); the assertions
 * on bare records here change once the controllers' answers are enveloped.
 */
class SpringSampleTest {

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
  void aProjectIsItsRecordInDeclarationOrder() {
    assertAnswer(
        api.get("/projects/1"),
        200,
        "application/json",
        "{\"id\":1,\"name\":\"Analytical Engine\",\"owner\":\"ada\"}");
  }

  @Test
  void aTaskIsNamedAsItsRecordsAnnotationsSay() {
    assertAnswer(
        api.get("/projects/1/tasks/2"),
        200,
        "application/json",
        "{\"id\":2,\"project_id\":1,\"title\":\"Review with the team\",\"done\":false}");
  }

  @Test
  void theNotesAreTheSeededOnesPagedByTheDefaults() {
    assertEquals(
        SampleApi.json(
            """
            {"items": [
              {"id": 1, "title": "Groceries", "body": "Milk, eggs, flour", "locked": false},
              {"id": 2, "title": "Ideas", "body": "A processor that writes envelopes",
               "locked": false}],
             "total": 5}"""),
        api.get("/notes").json());
  }

  @Test
  void theVendorListsAnswerAtTheirPath() {
    Response lists = api.get("/lists?workspace_id=52&limit=1");
    assertEquals(200, lists.status(), lists::toString);
    assertEquals(List.of(1L), ids(lists.json().get("data").get("items")));
    // Four in its default view: list 2 is archived.
    assertEquals(4, lists.json().get("data").get("total").asInt(), lists::toString);
  }

  @Test
  void theVendorActivitiesWriteTheirDatesAsIso8601() {
    Response activity = api.get("/activities/1");
    assertEquals(200, activity.status(), activity::toString);
    assertEquals("2026-03-02T09:15:30Z", activity.json().get("created_at").asText());
    assertEquals("2026-03-20", activity.json().get("due_on").asText());
    assertEquals("PT1H30M", activity.json().get("time_spent").asText());
  }

  @Test
  void anAsyncMilestoneIsAnsweredOnceItsFutureEnds() {
    assertAnswer(
        api.get("/milestones/1"),
        200,
        "application/json",
        "{\"id\":1,\"name\":\"Design\",\"done\":true}");
  }

  @Test
  void theMilestoneExportIsTheCsvAsReturned() {
    Response csv = api.getWith("/milestones/2/export");
    assertEquals(200, csv.status(), csv::toString);
    assertEquals("id,name,done\n2,Build,false\n", csv.body());
    assertEquals(
        List.of("attachment; filename=\"milestone-2.csv\""), csv.header("Content-Disposition"));
  }

  @Test
  void theHealthCheckIsPlainText() {
    Response health = api.getWith("/milestones/health");
    assertEquals(200, health.status(), health::toString);
    assertEquals("ok", health.body());
  }

  @Test
  void authorsTakeTheirMappingsFromTheInterface() {
    String first = api.get("/authors").json().get(0).toString();
    assertAnswer(api.get("/authors/1"), 200, "application/json", first);
  }

  @Test
  void theBooksOfAShelfAreMappingsOfTheShelves() {
    assertAnswer(
        api.get("/shelves/2/books/3"), 200, "application/json", "{\"id\":3,\"title\":\"Cosmos\"}");
  }

  @Test
  void theCountOfTasksIsANumber() {
    assertAnswer(api.get("/projects/2/tasks/count"), 200, "application/json", "12");
  }

  @Test
  void aBodyWithAFieldItsRecordDoesNotHaveIsRefusedAsOnJersey() {
    Response refused = api.post("/projects", "{\"name\": \"Loom\", \"owner\": \"ada\", \"x\": 1}");
    assertEquals(400, refused.status(), refused::toString);
    Response created = api.post("/projects", "{\"name\": \"Loom\", \"owner\": \"ada\"}");
    assertEquals(200, created.status(), created::toString);
  }

  @Test
  void aProjectAddedThroughTheRuntimeIsServed() {
    long id = api.addProject("Difference Engine No. 2", "ada");
    assertAnswer(
        api.get("/projects/" + id),
        200,
        "application/json",
        "{\"id\":" + id + ",\"name\":\"Difference Engine No. 2\",\"owner\":\"ada\"}");
  }

  @Test
  void exportsAreDatedByTheClockTheTestMoves() {
    try (SampleApi own = SampleApi.start()) {
      assertAnswer(
          own.post("/projects/3/exports"),
          200,
          "application/json",
          "{\"project_id\":3,\"started_at\":\"" + SampleApi.START + "\"}");
      own.advanceClock(Duration.ofMinutes(1));
      assertAnswer(
          own.post("/projects/3/exports"),
          200,
          "application/json",
          "{\"project_id\":3,\"started_at\":\"" + SampleApi.START.plusSeconds(60) + "\"}");
    }
  }

  @Test
  void aTestsJacksonTwoNamingStrategyNamesTheFieldsOfSpringsMapper() {
    ObjectMapper snakeCase =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    ContextResolver<ObjectMapper> json = type -> snakeCase;
    try (SampleApi own = SampleApi.start(json)) {
      Response contact = own.get("/contacts/" + SampleApi.contactId(1));
      assertEquals(200, contact.status(), contact::toString);
      assertEquals("Alice Johnson", contact.json().get("full_name").asText(), contact::toString);
    }
    Response contact = api.get("/contacts/" + SampleApi.contactId(1));
    assertEquals("Alice Johnson", contact.json().get("fullName").asText(), contact::toString);
  }

  @Test
  void aTestsJacksonTwoDateFeaturesSetSpringsMapper() {
    ObjectMapper timestamps =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    ContextResolver<ObjectMapper> json = type -> timestamps;
    try (SampleApi own = SampleApi.start(json)) {
      Response activity = own.get("/activities/1");
      assertEquals(200, activity.status(), activity::toString);
      assertTrue(activity.json().get("created_at").isNumber(), activity::toString);
      assertTrue(activity.json().get("time_spent").isNumber(), activity::toString);
    }
  }

  @Test
  void anArmedSabotageFailsTheNextRequestAfterItsHandlerIsChosen() {
    Sabotage sabotage = new Sabotage();
    try (SampleApi own = SampleApi.start(Setup.standard().withProviders(sabotage))) {
      Response failed =
          sabotage.failWith(HostileFailure.SECRET_IN_MESSAGE, () -> own.get("/projects/1"));
      assertEquals(500, failed.status(), failed::toString);
      assertFalse(failed.body().contains(HostileFailure.MARKER), failed::toString);
      assertEquals(200, own.get("/projects/1").status());
    }
  }

  private static void assertAnswer(
      Response response, int status, String contentType, String body) {
    assertEquals(status, response.status(), response::toString);
    assertEquals(List.of(contentType), response.header("Content-Type"), response::toString);
    assertEquals(body, response.body(), response::toString);
  }

  private static List<Long> ids(com.fasterxml.jackson.databind.JsonNode items) {
    return items.valueStream().map(item -> item.get("id").asLong()).toList();
  }
}
