package dev.envelopes.sample.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The harness itself, against a small hand-written OpenAPI 3.1 document ({@code
 * contract/openapi-fixture.json}), with no server: each answer is given as the suite would have
 * received it. Not part of the HTTP suite's test-jar (see this module's pom): it needs no runtime.
 */
class ContractTest {

  private static final String BASE = "http://localhost:1";
  private static final String OTHER_BASE = "http://localhost:2";
  private static final Map<String, List<String>> JSON = headers("Content-Type", "application/json");

  private Contract contract;

  @BeforeEach
  void loadFixture() throws IOException {
    try (InputStream in = ContractTest.class.getResourceAsStream("/contract/openapi-fixture.json")) {
      contract =
          new Contract(
              OpenApiDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    contract.serving(BASE, SampleRuntime.Setup.standard());
  }

  @Test
  void aListedStatusWithAValidBodyPasses() {
    check("GET", "/projects/1", 200, JSON, "{\"success\": true, \"data\": {\"id\": 1, \"name\": \"A\"}}");

    assertEquals(
        "contract on test: 1 responses against 1 of 4 operations, 0 failures"
            + " (0 unmatched, 0 off-contract, 0 the container's own)",
        contract.summary("test"));
  }

  @Test
  void aStatusTheDocumentDoesNotListFailsNamingThoseItLists() {
    AssertionError failure =
        assertThrows(AssertionError.class, () -> check("GET", "/projects/1", 418, JSON, ""));

    assertTrue(failure.getMessage().contains("GET /projects/{id}"), failure.getMessage());
    assertTrue(
        failure.getMessage().contains("status 418 is not among those the document lists: [200, 404]"),
        failure.getMessage());
    assertTrue(contract.summary("test").contains(", 1 failures"), contract.summary("test"));
  }

  @Test
  void aValueOfTheWrongTypeFails() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                check(
                    "GET",
                    "/projects/1",
                    200,
                    JSON,
                    "{\"success\": true, \"data\": {\"id\": \"one\", \"name\": \"A\"}}"));

    assertTrue(failure.getMessage().contains("/data/id"), failure.getMessage());
  }

  @Test
  void aMissingRequiredKeyFails() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> check("GET", "/projects/1", 200, JSON, "{\"success\": true, \"data\": {\"id\": 1}}"));

    assertTrue(failure.getMessage().contains("name"), failure.getMessage());
  }

  @Test
  void aKeyTheSchemaDoesNotAllowFails() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () ->
                check(
                    "GET",
                    "/projects/1",
                    200,
                    JSON,
                    "{\"success\": true, \"data\": {\"id\": 1, \"name\": \"A\", \"owner\": \"ada\"}}"));

    assertTrue(failure.getMessage().contains("owner"), failure.getMessage());
  }

  @Test
  void referencesIntoComponentsResolve() {
    check("GET", "/projects/9", 404, JSON, "{\"code\": 1004, \"message\": \"Resource not found\"}");

    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> check("GET", "/projects/9", 404, JSON, "{\"code\": \"1004\", \"message\": \"No\"}"));
    assertTrue(failure.getMessage().contains("/components/responses/Problem"), failure.getMessage());
  }

  @Test
  void aPathUnderTheV2ServerReachesItsOperation() {
    Map<String, List<String>> vendor =
        headers("Content-Type", "application/vnd.flow.v2+json", "X-Request-Id", "r1");

    check("GET", "/v2/lists/3", 200, vendor, "{\"id\": 3, \"updated_at\": \"2026-03-02T09:00:00Z\"}");
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> check("GET", "/v2/lists/3", 200, vendor, "{\"id\": 3, \"updated_at\": \"yesterday\"}"));

    assertTrue(failure.getMessage().contains("GET /lists/{id}"), failure.getMessage());
    assertTrue(failure.getMessage().contains("updated_at"), failure.getMessage());
  }

  @Test
  void aRangeKeyListsItsStatusesAndItsRequiredHeadersAreChecked() {
    Map<String, List<String>> created =
        headers("Content-Type", "application/json", "Location", "/projects/7");

    check("POST", "/projects", 201, created, "{\"data\": 7}");
    AssertionError failure =
        assertThrows(AssertionError.class, () -> check("POST", "/projects", 201, JSON, "{\"data\": 7}"));

    assertTrue(
        failure.getMessage().contains("the header Location, which the document requires, is missing"),
        failure.getMessage());
  }

  @Test
  void aLiteralSegmentWinsOverAVariable() {
    check("GET", "/projects/archived", 204, headers(), "");

    assertTrue(contract.summary("test").startsWith("contract on test: 1 responses against 1 of 4"));
  }

  @Test
  void aBodyOfAnotherMediaTypeFails() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> check("GET", "/projects/1", 200, headers("Content-Type", "text/plain"), "hello"));

    assertTrue(failure.getMessage().contains("Content-Type text/plain"), failure.getMessage());
  }

  @Test
  void aRequestThatReachesNoOperationIsCountedNotChecked() {
    check("GET", "/nothing/here", 404, headers(), "whatever");
    check("DELETE", "/projects/1", 405, headers(), "whatever");
    check("GET", "/projects/1/extra", 404, headers(), "whatever");

    assertEquals(
        "contract on test: 0 responses against 0 of 4 operations, 0 failures"
            + " (3 unmatched, 0 off-contract, 0 the container's own)",
        contract.summary("test"));
  }

  @Test
  void anApiWithAMapperOfItsOwnIsCountedOffContract() {
    contract.serving(OTHER_BASE, SampleRuntime.Setup.standard().withJson(type -> null));

    contract.check(OTHER_BASE, "GET", "/projects/1", 418, name -> List.of(), "", () -> "418");

    assertEquals(
        "contract on test: 0 responses against 0 of 4 operations, 0 failures"
            + " (0 unmatched, 1 off-contract, 0 the container's own)",
        contract.summary("test"));
  }

  @Test
  void onlyTheStandardSetupAndTheSuitesSabotageAreOnContract() {
    SampleRuntime.Setup standard = SampleRuntime.Setup.standard();

    assertTrue(standard.withCursorKey(null).withProviders(new Sabotage()).onContract());
    assertEquals(false, standard.withProperties(Map.of("envelopes.links.base-uri", "x")).onContract());
    assertEquals(false, standard.withProviders(new Object()).onContract());
    assertEquals(false, standard.withJson(type -> null).onContract());
  }

  private void check(
      String method, String path, int status, Map<String, List<String>> headers, String body) {
    contract.check(
        BASE,
        method,
        path,
        status,
        name -> headers.getOrDefault(name, List.of()),
        body,
        () -> method + " " + path + " -> " + status + " " + body);
  }

  private static Map<String, List<String>> headers(String... namesAndValues) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return headers;
  }
}
