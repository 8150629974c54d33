package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Both processors write for the Jackson the classpath calls for, and agree: the record of each
 * answer (from {@code EnvelopeRecordsProcessor}) and the API-wide records (from {@code
 * EnvelopesProcessor}) name the same Jackson. The test's classpath holds both Jacksons.
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

  /** Spring Framework 7's Jackson 3 converter, as a Spring Boot 4 build has it. */
  private static final JavaFileObject SPRING_JACKSON_3_CONVERTER =
      JavaFileObjects.forSourceString(
          "org.springframework.http.converter.json.JacksonJsonHttpMessageConverter",
          """
          package org.springframework.http.converter.json;

          public class JacksonJsonHttpMessageConverter {}
          """);

  @Test
  void bothJacksonsWithoutSpringsJackson3ConverterGetJackson2() {
    assertEquals(Set.of("com.fasterxml.jackson.databind"), databindsNamed(List.of(RESOURCE)));
  }

  @Test
  void bothJacksonsWithSpringsJackson3ConverterGetJackson3() {
    assertEquals(
        Set.of("tools.jackson.databind"),
        databindsNamed(List.of(RESOURCE, SPRING_JACKSON_3_CONVERTER)));
  }

  /**
   * The databind packages the envelope of the method and the API-wide meta error envelope name;
   * one, when both processors agree.
   */
  private static Set<String> databindsNamed(List<JavaFileObject> sources) {
    Compilation compilation = ProcessorCompiler.compileStrictly(new ArrayList<>(sources));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    Set<String> databinds = new TreeSet<>();
    for (String file :
        List.of(
            "com/example/notes/NoteResourceGetEnvelope.java",
            "com/example/notes/MetaErrorEnvelope.java")) {
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
