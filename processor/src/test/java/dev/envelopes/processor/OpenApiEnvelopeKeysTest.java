package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document's schema of each generated record has exactly the keys the record writes, in its
 * order ({@code @JsonPropertyOrder}), and requires all but those it leaves out when {@code null}:
 * the document's key tables and the record writers of {@code write/json/} cannot drift apart.
 */
class OpenApiEnvelopeKeysTest {

  private static final Pattern ORDER = Pattern.compile("@JsonPropertyOrder\\(\\{([^}]*)}\\)");
  private static final Pattern OMITTED =
      Pattern.compile("@JsonProperty\\(\"([^\"]+)\"\\)\\s*@JsonInclude\\(JsonInclude\\.Include\\.NON_NULL\\)");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.envelopes.processor.GoldenSourcesTest#cases")
  void everyRecordSchemaHasTheRecordsKeysInItsOrder(String name) throws IOException {
    Compilation compilation =
        ProcessorCompiler.compileStrictly(
            ProcessorCompiler.sourcesIn("golden/" + name + "/input"),
            JsonClasspath.ofCase(ProcessorCompiler.resourcePath("golden/" + name)));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = ProcessorCompiler.generatedSources(compilation);
    JsonNode schemas =
        new ObjectMapper()
            .readTree(
                ProcessorCompiler.generatedOpenApiResources(compilation)
                    .get("META-INF/openapi/openapi.json"))
            .path("components")
            .path("schemas");

    int compared = 0;
    for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
      String component = names.next();
      String source = sourceNamed(sources, component);
      if (source == null) {
        continue;
      }
      Matcher order = ORDER.matcher(source);
      assertTrue(order.find(), component);
      List<String> keys = keysOf(order.group(1));
      JsonNode schema = schemas.path(component);
      assertEquals(keys, fieldsOf(schema.path("properties")), component);
      List<String> required = new ArrayList<>(keys);
      Matcher omitted = OMITTED.matcher(source);
      while (omitted.find()) {
        required.remove(omitted.group(1));
      }
      assertEquals(required, valuesOf(schema.path("required")), component);
      compared++;
    }
    assertTrue(compared > 0, name);
  }

  /** The top-level generated source of the type {@code simpleName}, or {@code null}. */
  private static String sourceNamed(Map<String, String> sources, String simpleName) {
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (source.getKey().endsWith("/" + simpleName + ".java")) {
        return source.getValue();
      }
    }
    return null;
  }

  private static List<String> keysOf(String quoted) {
    return Arrays.stream(quoted.split(","))
        .map(String::strip)
        .map(key -> key.substring(1, key.length() - 1))
        .toList();
  }

  private static List<String> fieldsOf(JsonNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private static List<String> valuesOf(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
