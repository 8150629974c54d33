package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Both processors write for the Jackson the API's framework writes with, and agree: the record of
 * each answer (from {@code EnvelopeRecordsProcessor}) and the API-wide records (from {@code
 * EnvelopesProcessor}) name the same Jackson. The test's classpath holds both Jacksons and Spring
 * Framework 7's Jackson 3 converter: Spring Boot 4 writes with Jackson 3 there, the Jakarta REST
 * runtimes' providers with Jackson 2.
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
  void aJakartaRestApiWithBothJacksonsGetsJackson2() {
    assertEquals(
        Set.of("com.fasterxml.jackson.databind"),
        databindsNamed(RESOURCE, "com/example/notes/NoteResourceGetEnvelope.java"));
  }

  @Test
  void aSpringApiWithBothJacksonsAndSpringsJackson3ConverterGetsJackson3() {
    assertEquals(
        Set.of("tools.jackson.databind"),
        databindsNamed(CONTROLLER, "com/example/notes/NoteControllerGetEnvelope.java"));
  }

  /**
   * The databind packages the envelope of the method and the API-wide meta error envelope name;
   * one, when both processors agree.
   */
  private static Set<String> databindsNamed(JavaFileObject source, String envelope) {
    Compilation compilation = ProcessorCompiler.compileStrictly(List.of(source));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    Set<String> databinds = new TreeSet<>();
    for (String file : List.of(envelope, "com/example/notes/MetaErrorEnvelope.java")) {
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
