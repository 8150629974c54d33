package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical output, sources and the OpenAPI resources alike, whatever
 * order the compiler reads the files in.
 */
class DeterminismTest {

  @Test
  void outputDoesNotDependOnTheOrderOfTheInputFiles() {
    for (String name :
        List.of(
            "list",
            "single",
            "write",
            "spring-meta",
            "spring-status",
            "spring-vendor",
            "spring-bare",
            "spring-mixed")) {
      // One compilation of all the APIs would clash on their API-wide types; each is its own.
      List<JavaFileObject> api = ProcessorCompiler.sourcesIn("golden/" + name + "/input");
      List<JavaFileObject> reversed = new ArrayList<>(api);
      Collections.reverse(reversed);

      Map<String, String> forwards = generate(api);
      Map<String, String> backwards = generate(reversed);

      assertFalse(forwards.isEmpty(), name);
      assertTrue(forwards.containsKey("META-INF/openapi/openapi.json"), name);
      assertEquals(forwards, backwards, name);
    }
  }

  @Test
  void compilingTwiceGivesTheSameBytes() {
    List<JavaFileObject> sources = ProcessorCompiler.sourcesIn("golden/list/input");
    assertEquals(generate(sources), generate(sources));
  }

  private static Map<String, String> generate(List<JavaFileObject> sources) {
    Compilation compilation = ProcessorCompiler.compileStrictly(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> files = new TreeMap<>(ProcessorCompiler.generatedSources(compilation));
    files.putAll(ProcessorCompiler.generatedOpenApiResources(compilation));
    return files;
  }
}
