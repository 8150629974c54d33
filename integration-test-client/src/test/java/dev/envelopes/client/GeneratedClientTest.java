package dev.envelopes.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.envelopes.client.api.ProjectResourceApi;
import dev.envelopes.client.model.MetaErrorEnvelope;
import dev.envelopes.client.model.NewProject;
import dev.envelopes.client.model.Project;
import dev.envelopes.client.model.ProjectResourceCreateEnvelope;
import dev.envelopes.client.model.ProjectResourceGetEnvelope;
import dev.envelopes.client.model.ProjectResourceListEnvelope;
import dev.envelopes.sample.support.SampleApi;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample API through the Java client openapi-generator wrote at build time from the document
 * Envelopes wrote for it: typed envelopes only, no JSON read by hand. The sample runs on Jersey in
 * this JVM, seeded as the HTTP suite's {@link SampleApi} says (projects 1 to 9).
 */
class GeneratedClientTest {

  private static SampleApi served;
  private static ProjectResourceApi projects;

  @BeforeAll
  static void start() {
    served = SampleApi.start();
    ApiClient client = new ApiClient();
    client.updateBaseUri(served.base());
    projects = new ProjectResourceApi(client);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  /** Grace's projects, 4 to 6, two a page; the project the other test creates is ada's. */
  @Test
  void pagesThroughAListByItsNextLinks() throws ApiException {
    List<String> names = new ArrayList<>();
    Long offset = null;
    int pages = 0;
    do {
      ProjectResourceListEnvelope page = projects.projectResourceList(2, offset, "grace", null);
      assertEquals(200, page.getStatusCode());
      assertEquals(3L, page.getCount(), "the total");
      page.getData().stream().map(Project::getName).forEach(names::add);
      String next = page.getPagination().getNext();
      offset = next == null ? null : Long.valueOf(queryOf(next).get("offset"));
      pages++;
    } while (offset != null);

    assertEquals(2, pages, "2 and 1 of 3 projects");
    List<String> seeded = new ArrayList<>();
    for (String[] project : SampleApi.PROJECTS) {
      if (project[1].equals("grace")) {
        seeded.add(project[0]);
      }
    }
    assertEquals(seeded, names);
  }

  @Test
  void createsAProjectAndReadsItBack() throws ApiException {
    ApiResponse<ProjectResourceCreateEnvelope> created =
        projects.projectResourceCreateWithHttpInfo(new NewProject().name("Client").owner("ada"));

    assertEquals(201, created.getStatusCode());
    long id = created.getData().getData();
    assertEquals(
        "/projects/" + id,
        URI.create(created.getHeaders().get("location").get(0)).getPath(),
        "the Location of the new project");
    ProjectResourceGetEnvelope read = projects.projectResourceGet(id);
    assertEquals(new Project().id(id).name("Client").owner("ada"), read.getData());
    assertNull(read.getPagination());
  }

  @Test
  void aProjectThatIsNotThereIsA404WithTheMetaErrorEnvelope() throws Exception {
    ApiException missing =
        assertThrows(ApiException.class, () -> projects.projectResourceGet(999L));

    assertEquals(404, missing.getCode());
    MetaErrorEnvelope error =
        new ApiClient()
            .getObjectMapper()
            .readValue(missing.getResponseBody(), MetaErrorEnvelope.class);
    assertEquals(404, error.getStatusCode());
    assertEquals("Not Found", error.getStatusMessage());
    assertNotNull(error.getMessage());
    assertNull(error.getData());
  }

  /** The query parameters of {@code link}, each once, as a client reads them. */
  private static Map<String, String> queryOf(String link) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : URI.create(link).getQuery().split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      query.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
    }
    return query;
  }
}
