package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.Style;
import dev.envelopes.processor.ValidShapesTest.Answer;
import dev.envelopes.processor.ValidShapesTest.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Valid user code whose names or strings clash with what generated code writes: a payload named
 * {@code Json} like each record's nested serializer, types beside the resource named like the
 * {@code java.lang} classes generated code uses, and strings with U+2028, U+2029 or a lone
 * surrogate. Each compiles under javac with every warning an error and under ecj without a warning,
 * and answers as its style says.
 */
class UnusualUserNamesTest {

  /** Names of {@code java.lang} classes that generated code uses, all taken beside the resource. */
  private static final List<String> JAVA_LANG =
      List.of(
          "Boolean",
          "Class",
          "Deprecated",
          "Error",
          "Exception",
          "IllegalArgumentException",
          "IllegalStateException",
          "Integer",
          "Iterable",
          "Long",
          "Math",
          "Module",
          "Number",
          "Object",
          "Override",
          "Record",
          "RuntimeException",
          "String",
          "StringBuilder",
          "SuppressWarnings",
          "System",
          "Thread",
          "Throwable",
          "Void");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void payloadNamedJsonLikeTheRecordsSerializerAnswers(Style style) throws Exception {
    Compilation javac =
        compile(
            style + "-json",
            resource(style, "Json", "return new Json(\"a\");"),
            item("String", "name"),
            source("Json", "public record Json(String v) {}"));

    check(style, "Json", "{\"v\":\"a\"}", javac);
  }

  @Test
  void payloadNamedJsonOfAnotherPackageOrAClassAnswersUnderJackson3Too() throws Exception {
    JavaFileObject other =
        JavaFileObjects.forSourceString(
            "com.example.other.Json",
            """
            package com.example.other;

            public final class Json {
              public String getV() {
                return "b";
              }
            }
            """);
    for (JsonClasspath json : new JsonClasspath[] {null, JsonClasspath.JACKSON_3}) {
      List<JavaFileObject> sources =
          List.of(
              resource(
                  Style.META, "com.example.other.Json", "return new com.example.other.Json();"),
              item("String", "name"),
              api(),
              other);
      Compilation javac = ProcessorCompiler.compileStrictly(sources, json);
      assertThat(javac).succeededWithoutWarnings();
      if (json == null) {
        assertThat(
                ProcessorCompiler.compileStrictlyWithEcj(
                    ValidShapesTest.onDisk(folder("json-other"), sources), folder("json-other")))
            .succeededWithoutWarnings();
        check(Style.META, "com.example.other.Json", "{\"v\":\"b\"}", javac);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void typesNamedLikeJavaLangClassesBesideTheResourceAnswer(Style style) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(resource(style, "Item", "return new Item(1, \"a\");"));
    sources.add(item("java.lang.String", "name"));
    for (String name : JAVA_LANG) {
      sources.add(source(name, "public record " + name + "(int v) {}"));
    }

    Compilation javac = compile(style + "-java-lang", sources.toArray(new JavaFileObject[0]));

    check(style, "Item", "{\"id\":1,\"name\":\"a\"}", javac);
  }

  @Test
  void springControllerBesideAPayloadNamedJsonAndJavaLangNamesCompiles() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "ItemController",
            """
            @org.springframework.web.bind.annotation.RestController
            @org.springframework.web.bind.annotation.RequestMapping("/items")
            @dev.envelopes.Enveloped
            public class ItemController {
              @org.springframework.web.bind.annotation.GetMapping
              public Json get(
                  @org.springframework.web.bind.annotation.RequestParam("q") java.lang.String q) {
                return new Json(q);
              }
            }
            """));
    sources.add(source("Json", "public record Json(java.lang.String v) {}"));
    sources.add(source("ShapeApi", "@dev.envelopes.EnvelopeApi public class ShapeApi {}"));
    for (String name : JAVA_LANG) {
      sources.add(source(name, "public record " + name + "(int v) {}"));
    }

    assertThat(ProcessorCompiler.compileStrictly(sources)).succeededWithoutWarnings();
    assertThat(
            ProcessorCompiler.compileStrictlyWithEcj(
                ValidShapesTest.onDisk(folder("spring"), sources), folder("spring")))
        .succeededWithoutWarnings();
  }

  /**
   * U+2028 and U+2029, which JavaPoet took as line ends inside string literals, and a lone
   * surrogate, which the Filer wrote as {@code ?}: in a key and an error's detail they compile, the
   * detail is written escaped, and the key is on the wire as the user wrote it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void lineSeparatorsAndLoneSurrogatesInUserStringsCompileAndReachTheWire(Style style)
      throws Exception {
    Compilation javac =
        compile(
            style + "-strings",
            resource(style, "Item", "return new Item(1, \"a\");"),
            item(
                "@com.fasterxml.jackson.annotation.JsonProperty(\"a\\u2028b\\u2029c\")" + " String",
                "name"),
            source(
                "Gone",
                """
                @dev.envelopes.ApiError(status = 410, detail = "x\\u2028y\\u2029z\\udc00")
                public class Gone extends RuntimeException {
                  private static final long serialVersionUID = 1L;
                }
                """));

    assertThat(
            ProcessorCompiler.generatedSources(javac).values().stream()
                .anyMatch(text -> text.contains("\"x\\u2028y\\u2029z\\udc00\"")))
        .isTrue();
    check(style, "Item", "{\"id\":1,\"a\\u2028b\\u2029c\":\"a\"}", javac);
  }

  /**
   * The same characters in the rename of an enum's constant, which the records write from a text
   * kept per constant: it compiles, and the constant is on the wire as the user renamed it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void lineSeparatorsInAnEnumConstantsRenameCompileAndReachTheWire(Style style) throws Exception {
    Compilation javac =
        compile(
            style + "-enum-strings",
            resource(style, "Item", "return new Item(1, Kind.SMALL);"),
            item("Kind", "kind"),
            source(
                "Kind",
                """
                public enum Kind {
                  @com.fasterxml.jackson.annotation.JsonProperty("s\\u2028m\\u2029l") SMALL,
                  LARGE
                }
                """));

    check(style, "Item", "{\"id\":1,\"kind\":\"s\\u2028m\\u2029l\"}", javac);
  }

  private static void check(Style style, String returnType, String data, Compilation javac)
      throws Exception {
    ValidShapesTest.check(
        style,
        new Shape("answer", returnType, "", data, Answer.VALUE),
        ValidShapesTest.call(javac, "GET", "shape"));
  }

  /** Compiles {@code sources} and the API type under javac and ecj, both without a warning. */
  private static Compilation compile(String folderName, JavaFileObject... sources)
      throws Exception {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    all.add(api());
    Compilation javac = ProcessorCompiler.compileStrictly(all);
    assertThat(javac).succeededWithoutWarnings();
    java.nio.file.Path folder = folder(folderName);
    Compilation ecj =
        ProcessorCompiler.compileStrictlyWithEcj(ValidShapesTest.onDisk(folder, all), folder);
    assertWithMessage("%s", ecj.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .that(ecj.status())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(ecj).succeededWithoutWarnings();
    return javac;
  }

  private static java.nio.file.Path folder(String name) {
    return java.nio.file.Path.of("target", "shape-sources", "unusual-" + name).toAbsolutePath();
  }

  private static JavaFileObject api() {
    return source(
        "ShapeApi",
        """
        @dev.envelopes.EnvelopeApi
        @dev.envelopes.VendorConvention(
            vendor = "shapes",
            version = 1,
            errorDocumentation = "https://example.com/errors/")
        public class ShapeApi {}
        """);
  }

  /** The enveloped resource {@code /shape} in {@code style}, whose one method returns {@code type}. */
  private static JavaFileObject resource(Style style, String type, String body) {
    return source(
        "ShapeResource",
        """
        @jakarta.ws.rs.Path("/shape")
        @dev.envelopes.Enveloped
        @dev.envelopes.EnvelopeStyle(dev.envelopes.Style.%s)
        public class ShapeResource {
          @jakarta.ws.rs.GET
          public %s answer() {
            %s
          }
        }
        """
            .formatted(style, type, body));
  }

  /** {@code record Item(long id, <nameType> <name>)}. */
  private static JavaFileObject item(String nameType, String name) {
    return source("Item", "public record Item(long id, %s %s) {}".formatted(nameType, name));
  }

  private static JavaFileObject source(String simpleName, String body) {
    return JavaFileObjects.forSourceString(
        "com.example.shapes." + simpleName, "package com.example.shapes;\n\n" + body);
  }
}
