package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Both processors write for the Jackson the user's web framework writes with, and agree: the
 * record of each answer (from {@code EnvelopeRecordsProcessor}) and the API-wide records (from
 * {@code EnvelopesProcessor}) name the same Jackson. The test's classpath holds both Jacksons and
 * Spring Framework 7, whose Jackson 3 converter makes Spring Boot 4 write with Jackson 3.
 */
class JsonLibraryDetectionTest {

  private static final JavaFileObject RESOURCE =
      JavaFileObjects.forSourceString(
          "com.example.notes.NoteResource",
          """
          package com.example.notes;

          import dev.envelopes.Enveloped;
          import jakarta.ws.rs.GET;
          import jakarta.ws.rs.Path;

          @Path("/notes")
          @Enveloped
          public class NoteResource {
            public record Note(long id, String text) {}

            @GET public Note get() { return null; }
          }
          """);

  private static final JavaFileObject CONTROLLER =
      JavaFileObjects.forSourceString(
          "com.example.notes.NoteController",
          """
          package com.example.notes;

          import dev.envelopes.Enveloped;
          import org.springframework.web.bind.annotation.GetMapping;
          import org.springframework.web.bind.annotation.RestController;

          @RestController
          @Enveloped
          public class NoteController {
            public record Note(long id, String text) {}

            @GetMapping("/notes") public Note get() { return null; }
          }
          """);

  @Test
  void aJakartaRestApiGetsJackson2AsTheRuntimesProvidersWriteWithIt() {
    Compilation compilation = ProcessorCompiler.compileStrictly(new ArrayList<>(List.of(RESOURCE)));
    assertThat(compilation).succeededWithoutWarnings();

    assertEquals(
        Set.of("com.fasterxml.jackson.databind"),
        databindsNamed(
            compilation,
            "com/example/notes/NoteResourceGetEnvelope.java",
            "com/example/notes/MetaErrorEnvelope.java"));
  }

  @Test
  void aSpringControllerGetsJackson3AsSpringBoot4WritesWithIt() {
    // Not strictly: until the Spring binding is generated, the processor warns that it is not.
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new EnvelopeRecordsProcessor(), new EnvelopesProcessor())
            .withOptions("--release", "17")
            .compile(CONTROLLER);
    assertThat(compilation).succeeded();

    assertEquals(
        Set.of("tools.jackson.databind"),
        databindsNamed(compilation, "com/example/notes/NoteControllerGetEnvelope.java"));
  }

  /** The databind packages {@code files} import; one, when both processors agree. */
  private static Set<String> databindsNamed(Compilation compilation, String... files) {
    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    Set<String> databinds = new TreeSet<>();
    for (String file : files) {
      String text = generated.get(file);
      for (String databind : List.of("com.fasterxml.jackson.databind", "tools.jackson.databind")) {
        if (text.contains("import " + databind + ".")) {
          databinds.add(databind);
        }
      }
    }
    return databinds;
  }
}
