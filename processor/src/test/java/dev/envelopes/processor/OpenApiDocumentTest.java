package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenAPI document the processor writes is one a real reader takes without a message: {@code
 * swagger-parser}, resolving every reference; and it describes the operations it should.
 */
class OpenApiDocumentTest {

  private static final String DOCUMENT = "META-INF/openapi/openapi.json";

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.envelopes.processor.GoldenSourcesTest#cases")
  void swaggerParserReadsTheDocumentWithoutAMessage(String name) {
    SwaggerParseResult result = parse(documentOf(name));

    assertEquals(List.of(), messagesOf(result), name);
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi(), name);
    assertFalse(result.getOpenAPI().getPaths().isEmpty(), name);
  }

  @Test
  void aReferenceToNothingIsAMessage() {
    String document = documentOf("status");
    String broken =
        document.replaceFirst(
            "#/components/schemas/StatusError\"", "#/components/schemas/NoSuchSchema\"");

    assertFalse(broken.equals(document));
    assertFalse(messagesOf(parse(broken)).isEmpty());
  }

  @Test
  void everyOperationListsItsSuccessAnErrorBodyAnd500() {
    OpenAPI api = parse(documentOf("vendor")).getOpenAPI();
    Set<String> ids = new TreeSet<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        ids.add(operation.getOperationId());
        Set<String> statuses = operation.getResponses().keySet();
        assertTrue(statuses.contains("500"), operation.getOperationId() + " " + statuses);
        assertTrue(statuses.contains("406"), operation.getOperationId() + " " + statuses);
        assertTrue(
            statuses.stream().anyMatch(status -> status.startsWith("2")),
            operation.getOperationId() + " " + statuses);
      }
      assertNotNull(path.getValue().getServers(), path.getKey());
      assertEquals("/v2", path.getValue().getServers().get(1).getUrl(), path.getKey());
    }
    assertEquals(
        Set.of("taskResourceCreate", "taskResourceGet", "taskResourceList", "taskResourceUpdate"),
        ids);
  }

  @Test
  void theOptionTurnsTheDocumentOff() {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithOptions(
            ProcessorCompiler.sourcesIn("golden/list/input"), List.of("-Aenvelopes.openapi=false"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Map.of(), ProcessorCompiler.generatedOpenApiResources(compilation));
  }

  @Test
  void theOptionsNameTheTitleAndTheVersion() {
    Compilation compilation =
        ProcessorCompiler.compileStrictlyWithOptions(
            ProcessorCompiler.sourcesIn("golden/list/input"),
            List.of(
                "-Aenvelopes.openapi.title=Catalog \"API\"", "-Aenvelopes.openapi.version=1.2"));
    assertThat(compilation).succeededWithoutWarnings();
    OpenAPI api =
        parse(ProcessorCompiler.generatedOpenApiResources(compilation).get(DOCUMENT)).getOpenAPI();
    assertEquals("Catalog \"API\"", api.getInfo().getTitle());
    assertEquals("1.2", api.getInfo().getVersion());
  }

  /**
   * The meta envelope's {@code count} is described as its record holds it: the size of a list or
   * an array is an {@code int}, the total of a page a {@code long}.
   */
  @Test
  void aListsCountIsInt32AndAPagesInt64() throws Exception {
    JsonNode schemas =
        new ObjectMapper().readTree(documentOf("list")).path("components").path("schemas");
    assertEquals(
        "int32",
        schemas.at("/BookResourceClassicsEnvelope/properties/count/format").asText(),
        "a list");
    assertEquals(
        "int32",
        schemas.at("/BookResourceShelfEnvelope/properties/count/format").asText(),
        "an array");
    assertEquals(
        "int64",
        schemas.at("/BookResourceListEnvelope/properties/count/format").asText(),
        "a page");
  }

  @Test
  void anOptedOutMethodIsAnOperationOfItsOwnMediaTypesWhoseErrorsAreTheStyles() throws Exception {
    String document =
        listDocumentWith(
            JavaFileObjects.forSourceString(
                "com.example.catalog.ShelfResource",
                """
                package com.example.catalog;

                import dev.envelopes.Enveloped;
                import dev.envelopes.Unenveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.Produces;

                @Path("/shelves")
                @Enveloped
                public class ShelfResource {
                  @GET
                  @Path("{id: [0-9]+}")
                  public Book get() {
                    return null;
                  }

                  @GET
                  @Path("{id: [0-9]+}/label")
                  @Produces("text/plain")
                  @Unenveloped
                  public String label() {
                    return "";
                  }
                }
                """));
    JsonNode label =
        new ObjectMapper().readTree(document).path("paths").path("/shelves/{id}/label").path("get");
    assertEquals("shelfResourceLabel", label.path("operationId").asText(), label::toString);
    assertEquals(
        "^(?:[0-9]+)$", label.at("/parameters/0/schema/pattern").asText(), label::toString);
    assertEquals(List.of("text/plain"), names(label.at("/responses/200/content")), label::toString);
    assertEquals(
        "#/components/schemas/MetaBadRequestEnvelope",
        label.at("/responses/default/content/application~1json/schema/anyOf/0/$ref").asText(),
        label::toString);
    assertEquals(List.of("200", "default"), names(label.path("responses")), label::toString);
  }

  /**
   * A payload type may carry a name the document gives one of Envelopes' own schemas, from another
   * package: each keeps its own schema, the payload's under a longer name.
   */
  @Test
  void aPayloadNamedLikeAnEnvelopesSchemaKeepsASchemaOfItsOwn() throws Exception {
    String document =
        listDocumentWith(
            JavaFileObjects.forSourceString(
                "com.example.catalog.tags.MetaPagination",
                """
                package com.example.catalog.tags;

                public record MetaPagination(String label) {}
                """),
            JavaFileObjects.forSourceString(
                "com.example.catalog.TagResource",
                """
                package com.example.catalog;

                import com.example.catalog.tags.MetaPagination;
                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/tags")
                @Enveloped
                public class TagResource {
                  @GET
                  public MetaPagination get() {
                    return null;
                  }
                }
                """));
    JsonNode schemas = new ObjectMapper().readTree(document).at("/components/schemas");
    assertEquals(
        List.of("next", "prev"), names(schemas.at("/MetaPagination/properties")), document);
    String data = schemas.at("/TagResourceGetEnvelope/properties/data/anyOf/0/$ref").asText();
    assertEquals("#/components/schemas/com.example.catalog.tags.MetaPagination", data, document);
    assertEquals(
        List.of("label"),
        names(schemas.path("com.example.catalog.tags.MetaPagination").path("properties")),
        document);
  }

  /**
   * In an API that mixes the vendor style with another, the version filter takes only the vendor's
   * paths: a meta operation answers no {@code unsupported_version} and carries no {@code
   * X-Request-Id}, and its path takes no version prefix; the vendor operations still do.
   */
  @Test
  void onlyTheVendorOperationsOfAMixedApiAnswerAnUnsupportedVersion() throws Exception {
    Map<String, String> resources =
        vendorResourcesWith(
            JavaFileObjects.forSourceString(
                "com.example.flow.ProjectResource",
                """
                package com.example.flow;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/projects")
                @Enveloped
                @EnvelopeStyle(Style.META)
                public class ProjectResource {
                  @GET
                  @Path("{id}")
                  public Task get(@PathParam("id") long id) {
                    return null;
                  }
                }
                """));
    JsonNode document = new ObjectMapper().readTree(resources.get(DOCUMENT));
    JsonNode project = document.at("/paths/~1projects~1{id}");
    for (String status : List.of("404", "406")) {
      JsonNode response = resolved(document, project.at("/get/responses/" + status));
      assertEquals(List.of("application/json"), names(response.path("content")), status);
      assertFalse(response.toString().contains("unsupported_version"), response::toString);
      assertTrue(response.path("headers").path("X-Request-Id").isMissingNode(), status);
    }
    assertTrue(project.path("servers").isMissingNode(), project::toString);

    JsonNode task = document.at("/paths/~1tasks~1{id}");
    JsonNode notFound = resolved(document, task.at("/get/responses/404"));
    assertTrue(notFound.toString().contains("unsupported_version"), notFound::toString);
    assertFalse(task.path("servers").isMissingNode(), task::toString);

    String catalog = resources.get("META-INF/openapi/errors.md");
    assertFalse(catalog.contains("reads every request"), catalog);
    assertTrue(
        catalog.contains("The version filter takes only the requests whose path, a version prefix"),
        catalog);
    assertFalse(catalog.contains("Operations of other styles at such a path"), catalog);
  }

  /**
   * The filter tells a request's style by its path alone: a meta method at the path of a vendor
   * method, which the class tests first, is taken too, and answers the refusals in the vendor style.
   */
  @Test
  void aMetaOperationAtAVendorPathAnswersTheVendorsUnsupportedVersion() throws Exception {
    Map<String, String> resources =
        vendorResourcesWith(
            JavaFileObjects.forSourceString(
                "com.example.flow.LabelResource",
                """
                package com.example.flow;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.PUT;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                @Path("/labels")
                @Enveloped
                @EnvelopeStyle(Style.META)
                public class LabelResource {
                  @GET
                  @Path("{id}")
                  @EnvelopeStyle(Style.VENDOR)
                  public Task get(@PathParam("id") long id) {
                    return null;
                  }

                  @PUT
                  @Path("{id}")
                  public Task replace(@PathParam("id") long id) {
                    return null;
                  }
                }
                """));
    JsonNode document = new ObjectMapper().readTree(resources.get(DOCUMENT));
    JsonNode replace = document.at("/paths/~1labels~1{id}/put");
    JsonNode notFound = resolved(document, replace.at("/responses/404"));
    assertEquals(
        List.of("application/json", "application/vnd.flow.v2+json"),
        names(notFound.path("content")),
        notFound::toString);
    assertTrue(notFound.toString().contains("unsupported_version"), notFound::toString);
    assertFalse(
        resolved(document, replace.at("/responses/200"))
            .path("headers")
            .path("X-Request-Id")
            .isMissingNode(),
        replace::toString);
    assertFalse(document.at("/paths/~1labels~1{id}/servers").isMissingNode());
    assertTrue(
        resources
            .get("META-INF/openapi/errors.md")
            .contains(
                "Operations of other styles at such a path answer `unsupported_version` in this"
                    + " style too: `labelResourceReplace`."),
        resources.get("META-INF/openapi/errors.md"));
  }

  /** {@code node}, or what its {@code $ref} refers to in {@code document}. */
  private static JsonNode resolved(JsonNode document, JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.isEmpty() ? node : document.at(ref.substring(1));
  }

  /**
   * The OpenAPI resources of the golden vendor API with {@code extra} sources, valid and
   * warning-free, by path.
   */
  private static Map<String, String> vendorResourcesWith(JavaFileObject... extra) {
    List<JavaFileObject> sources =
        new ArrayList<>(ProcessorCompiler.sourcesIn("golden/vendor/input"));
    sources.addAll(List.of(extra));
    Compilation compilation = ProcessorCompiler.compileStrictly(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> resources = ProcessorCompiler.generatedOpenApiResources(compilation);
    assertEquals(List.of(), messagesOf(parse(resources.get(DOCUMENT))));
    return resources;
  }

  /** The document of the golden list API with {@code extra} sources, valid and warning-free. */
  private static String listDocumentWith(JavaFileObject... extra) {
    List<JavaFileObject> sources =
        new ArrayList<>(ProcessorCompiler.sourcesIn("golden/list/input"));
    sources.addAll(List.of(extra));
    Compilation compilation = ProcessorCompiler.compileStrictly(sources);
    assertThat(compilation).succeededWithoutWarnings();
    String document = ProcessorCompiler.generatedOpenApiResources(compilation).get(DOCUMENT);
    assertEquals(List.of(), messagesOf(parse(document)));
    return document;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String documentOf(String name) {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(
            ProcessorCompiler.sourcesIn("golden/" + name + "/input"),
            JsonClasspath.ofCase(ProcessorCompiler.resourcePath("golden/" + name)));
    assertThat(compilation).succeededWithoutWarnings();
    String document = ProcessorCompiler.generatedOpenApiResources(compilation).get(DOCUMENT);
    assertNotNull(document, name);
    return document;
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(document, null, options);
  }

  private static List<String> messagesOf(SwaggerParseResult result) {
    return result.getMessages() == null ? List.of() : new ArrayList<>(result.getMessages());
  }
}
