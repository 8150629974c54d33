package dev.envelopes.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI documents Envelopes wrote for the samples, as their jars carry them, read by
 * swagger-parser with every reference resolved: not one message, for Jakarta REST (the sample that
 * Jersey, RESTEasy and Quarkus serve) and for Spring MVC (with Jackson 3 on Boot 4 and Jackson 2 on
 * Boot 3.5).
 */
class SampleDocumentsTest {

  /** Where the build unpacked each sample's document, by the sample's module. */
  private static final Path DOCUMENTS = Path.of("target", "openapi");

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "spring", "spring-boot3"})
  void swaggerParserReadsTheDocumentWithoutAMessage(String sample) throws IOException {
    String document =
        Files.readString(DOCUMENTS.resolve(sample).resolve("META-INF/openapi/openapi.json"));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);

    List<String> messages =
        result.getMessages() == null ? List.of() : new ArrayList<>(result.getMessages());
    assertEquals(List.of(), messages, sample);
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi(), sample);
  }
}
