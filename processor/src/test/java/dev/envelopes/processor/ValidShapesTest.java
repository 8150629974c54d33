package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape of payload a resource method may return, in every style: each compiles with the
 * processor under javac with every warning an error and under Eclipse's compiler without a warning,
 * and then runs: the resource and the generated code are loaded and called through Jersey's request
 * pipeline in memory, and the answer must hold the method's value where its style puts it.
 */
class ValidShapesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What kind of answer a shape gives, which decides where each style puts it. */
  enum Answer {
    /** A value: every style answers it. */
    VALUE,
    /** Nothing found, {@code null} or an empty {@code Optional}: the bare style answers 204. */
    NOTHING,
    /** A collection or array with values. */
    VALUES,
    /** An empty collection: the bare style answers 204. */
    NO_VALUES,
    /** {@code void} or {@code Void}: no data at all. */
    NO_DATA,
    /** A {@code POST} that returns the new id. */
    CREATED,
    /** A {@code POST} that returns a value that is no id: answered as a {@code GET}'s value. */
    POSTED_VALUE,
    /** A {@code Page}: the data is its items. */
    PAGE
  }

  /**
   * One shape: what the method declares and returns, and the JSON of its data.
   *
   * @param name the shape
   * @param returnType the method's return type, as written in the source
   * @param body the method's body
   * @param data the JSON of the value the answer must hold
   * @param answer what kind of answer it is
   */
  record Shape(String name, String returnType, String body, String data, Answer answer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Shape> SHAPES =
      List.of(
          new Shape("int", "int", "return 7;", "7", Answer.VALUE),
          new Shape("long", "long", "return 7L;", "7", Answer.VALUE),
          new Shape("boolean", "boolean", "return true;", "true", Answer.VALUE),
          new Shape("double", "double", "return 1.5;", "1.5", Answer.VALUE),
          new Shape("char", "char", "return 'x';", "\"x\"", Answer.VALUE),
          new Shape("boxedInteger", "Integer", "return 42;", "42", Answer.VALUE),
          new Shape("string", "String", "return \"hi\";", "\"hi\"", Answer.VALUE),
          new Shape(
              "uuid",
              "UUID",
              "return new UUID(0, 1);",
              "\"00000000-0000-0000-0000-000000000001\"",
              Answer.VALUE),
          new Shape(
              "bigDecimal",
              "java.math.BigDecimal",
              "return new java.math.BigDecimal(\"2.5\");",
              "2.5",
              Answer.VALUE),
          new Shape("record", "Item", "return ITEM;", "{\"id\":1,\"name\":\"a\"}", Answer.VALUE),
          new Shape(
              "nestedRecord",
              "Payloads.Inner",
              "return new Payloads.Inner(\"v\");",
              "{\"value\":\"v\"}",
              Answer.VALUE),
          new Shape(
              "sealedInterface",
              "Payloads.Animal",
              "return new Payloads.Cat(\"Tom\");",
              "{\"name\":\"Tom\"}",
              Answer.VALUE),
          new Shape(
              "enum", "Payloads.Color", "return Payloads.Color.RED;", "\"RED\"", Answer.VALUE),
          new Shape(
              "otherPackage",
              "com.example.other.Elsewhere",
              "return new com.example.other.Elsewhere(\"there\");",
              "{\"where\":\"there\"}",
              Answer.VALUE),
          new Shape(
              "nameOfJavaLang",
              "Payloads.Override",
              "return new Payloads.Override(3);",
              "{\"n\":3}",
              Answer.VALUE),
          new Shape(
              "sameSimpleNameInTwoPackages",
              "com.example.other.Item",
              "return new com.example.other.Item(\"x\");",
              "{\"code\":\"x\"}",
              Answer.VALUE),
          new Shape(
              "map", "Map<String, Integer>", "return Map.of(\"a\", 1);", "{\"a\":1}", Answer.VALUE),
          new Shape(
              "mapOfLists",
              "Map<String, List<Item>>",
              "return Map.of(\"k\", List.of(ITEM));",
              "{\"k\":[{\"id\":1,\"name\":\"a\"}]}",
              Answer.VALUE),
          new Shape(
              "optionalPresent",
              "Optional<Item>",
              "return Optional.of(ITEM);",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.VALUE),
          new Shape(
              "optionalEmpty",
              "Optional<Item>",
              "return Optional.empty();",
              "null",
              Answer.NOTHING),
          new Shape("nullValue", "Item", "return null;", "null", Answer.NOTHING),
          new Shape(
              "list",
              "List<Item>",
              "return List.of(ITEM);",
              "[{\"id\":1,\"name\":\"a\"}]",
              Answer.VALUES),
          new Shape("emptyList", "List<Item>", "return List.of();", "[]", Answer.NO_VALUES),
          new Shape("set", "Set<String>", "return Set.of(\"a\");", "[\"a\"]", Answer.VALUES),
          new Shape(
              "array",
              "String[]",
              "return new String[] {\"a\", \"b\"};",
              "[\"a\",\"b\"]",
              Answer.VALUES),
          new Shape("primitiveArray", "int[]", "return new int[] {1, 2};", "[1,2]", Answer.VALUES),
          new Shape(
              "nestedGenerics",
              "List<List<String>>",
              "return List.of(List.of(\"a\"));",
              "[[\"a\"]]",
              Answer.VALUES),
          new Shape(
              "wildcard",
              "List<? extends Number>",
              "return List.of(1, 2);",
              "[1,2]",
              Answer.VALUES),
          new Shape(
              "boundedWildcardOfRecords",
              "List<? extends Payloads.Animal>",
              "return List.of(new Payloads.Cat(\"Tom\"));",
              "[{\"name\":\"Tom\"}]",
              Answer.VALUES),
          new Shape(
              "unboundedWildcard",
              "List<?>",
              "return List.of(\"a\", 1);",
              "[\"a\",1]",
              Answer.VALUES),
          new Shape(
              "listOfObjects",
              "List<Object>",
              "return List.of(\"a\", 1);",
              "[\"a\",1]",
              Answer.VALUES),
          new Shape(
              "objectArray",
              "Object[]",
              "return new Object[] {\"a\", 1};",
              "[\"a\",1]",
              Answer.VALUES),
          new Shape(
              "mapOfWildcards",
              "Map<String, ?>",
              "return Map.of(\"a\", 1);",
              "{\"a\":1}",
              Answer.VALUE),
          new Shape(
              "optionalWildcard",
              "Optional<?>",
              "return Optional.of(ITEM);",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.VALUE),
          new Shape(
              "optionalObject",
              "Optional<Object>",
              "return Optional.of(ITEM);",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.VALUE),
          new Shape("object", "Object", "return ITEM;", "{\"id\":1,\"name\":\"a\"}", Answer.VALUE),
          new Shape("nullObject", "Object", "return null;", "null", Answer.NOTHING),
          new Shape(
              "postedObject",
              "Object",
              "return ITEM;",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.POSTED_VALUE),
          new Shape(
              "postedRecord",
              "Item",
              "return ITEM;",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.POSTED_VALUE),
          new Shape(
              "pageOfWildcards",
              "Page<? extends Payloads.Animal>",
              "return new Page<>(List.of(new Payloads.Cat(\"Tom\")), 1);",
              "[{\"name\":\"Tom\"}]",
              Answer.PAGE),
          new Shape("void", "void", "", "null", Answer.NO_DATA),
          new Shape("boxedVoid", "Void", "return null;", "null", Answer.NO_DATA),
          new Shape("createdLong", "long", "return 5L;", "5", Answer.CREATED),
          new Shape(
              "createdUuid",
              "UUID",
              "return new UUID(0, 2);",
              "\"00000000-0000-0000-0000-000000000002\"",
              Answer.CREATED),
          new Shape(
              "page",
              "Page<Item>",
              "return new Page<>(List.of(ITEM), 1);",
              "[{\"id\":1,\"name\":\"a\"}]",
              Answer.PAGE),
          // A CompletionStage or CompletableFuture answers its result as the method returning it
          // would: Jakarta REST completes the stage before the filters see the answer.
          new Shape(
              "asyncRecord",
              "CompletionStage<Item>",
              "return CompletableFuture.completedFuture(ITEM);",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.VALUE),
          new Shape(
              "asyncSuppliedLater",
              "CompletableFuture<Item>",
              "return CompletableFuture.supplyAsync(() -> ITEM);",
              "{\"id\":1,\"name\":\"a\"}",
              Answer.VALUE),
          new Shape(
              "asyncWildcard",
              "CompletionStage<? extends List<Item>>",
              "return CompletableFuture.completedFuture(List.of(ITEM));",
              "[{\"id\":1,\"name\":\"a\"}]",
              Answer.VALUES),
          new Shape(
              "asyncOptionalEmpty",
              "CompletionStage<Optional<Item>>",
              "return CompletableFuture.completedFuture(Optional.empty());",
              "null",
              Answer.NOTHING),
          new Shape(
              "asyncVoid",
              "CompletionStage<Void>",
              "return CompletableFuture.completedFuture(null);",
              "null",
              Answer.NO_DATA),
          new Shape(
              "asyncCreated",
              "CompletionStage<Long>",
              "return CompletableFuture.completedFuture(5L);",
              "5",
              Answer.CREATED),
          new Shape(
              "asyncPage",
              "CompletionStage<Page<Item>>",
              "return CompletableFuture.completedFuture(new Page<>(List.of(ITEM), 1));",
              "[{\"id\":1,\"name\":\"a\"}]",
              Answer.PAGE));

  /**
   * Payloads holding {@code java.time} values, which the vendor style answers as ISO-8601 whatever
   * the mapper does with dates; the mapper here has no {@code JavaTimeModule}, without which
   * databind refuses to write them at all.
   */
  private static final List<Shape> DATE_SHAPES =
      List.of(
          new Shape(
              "localDate",
              "java.time.LocalDate",
              "return java.time.LocalDate.of(2026, 3, 20);",
              "\"2026-03-20\"",
              Answer.VALUE),
          new Shape(
              "instant",
              "java.time.Instant",
              "return java.time.Instant.parse(\"2026-03-02T09:15:30.250Z\");",
              "\"2026-03-02T09:15:30.250Z\"",
              Answer.VALUE),
          new Shape(
              "zonedDateTimeWithItsOffsetAndWithoutItsZoneId",
              "java.time.ZonedDateTime",
              "return java.time.ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0,"
                  + " java.time.ZoneId.of(\"Europe/Paris\"));",
              "\"2026-03-20T09:00:00+01:00\"",
              Answer.VALUE),
          new Shape(
              "offsetTime",
              "java.time.OffsetTime",
              "return java.time.OffsetTime.of(8, 30, 0, 0, java.time.ZoneOffset.ofHours(2));",
              "\"08:30:00+02:00\"",
              Answer.VALUE),
          new Shape(
              "localDateTime",
              "java.time.LocalDateTime",
              "return java.time.LocalDateTime.of(2026, 3, 20, 9, 0);",
              "\"2026-03-20T09:00:00\"",
              Answer.VALUE),
          new Shape(
              "year",
              "java.time.Year",
              "return java.time.Year.of(2026);",
              "\"2026\"",
              Answer.VALUE),
          new Shape(
              "yearMonth",
              "java.time.YearMonth",
              "return java.time.YearMonth.of(2026, 3);",
              "\"2026-03\"",
              Answer.VALUE),
          new Shape(
              "monthDay",
              "java.time.MonthDay",
              "return java.time.MonthDay.of(3, 20);",
              "\"--03-20\"",
              Answer.VALUE),
          new Shape(
              "period",
              "java.time.Period",
              "return java.time.Period.of(1, 2, 3);",
              "\"P1Y2M3D\"",
              Answer.VALUE),
          new Shape(
              "duration",
              "java.time.Duration",
              "return java.time.Duration.ofMinutes(90);",
              "\"PT1H30M\"",
              Answer.VALUE),
          new Shape("nullDate", "java.time.LocalDate", "return null;", "null", Answer.NOTHING),
          new Shape(
              "listOfDates",
              "List<java.time.LocalDate>",
              "return List.of(java.time.LocalDate.of(2026, 3, 20), java.time.LocalDate.of(2026, 4,"
                  + " 3));",
              "[\"2026-03-20\",\"2026-04-03\"]",
              Answer.VALUES),
          new Shape(
              "recordWithDates", "Dated", "return Dated.SAMPLE;", DatedRecord.JSON, Answer.VALUE),
          new Shape(
              "pageOfRecordsWithDates",
              "Page<Dated>",
              "return new Page<>(List.of(Dated.SAMPLE), 1);",
              "[" + DatedRecord.JSON + "]",
              Answer.PAGE));

  /** A payload record with a date or time of several kinds, and a list of dates. */
  static final class DatedRecord {

    static final String JSON =
        """
        {"at":"2026-03-02T09:15:30Z","starts_at":"2026-03-20T09:00:00+01:00","on":"2026-03-20",\
        "remind":"08:30:00","took":"PT45S","days":["2026-03-27"],"month":"2026-03","none":null}\
        """;

    static final JavaFileObject SOURCE =
        JavaFileObjects.forSourceString(
            "com.example.shapes.Dated",
            """
            package com.example.shapes;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import java.time.Duration;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.LocalTime;
            import java.time.OffsetDateTime;
            import java.time.YearMonth;
            import java.time.ZoneOffset;
            import java.util.List;

            public record Dated(
                Instant at,
                @JsonProperty("starts_at") OffsetDateTime startsAt,
                LocalDate on,
                LocalTime remind,
                Duration took,
                List<LocalDate> days,
                YearMonth month,
                Instant none) {

              static final Dated SAMPLE =
                  new Dated(
                      Instant.parse("2026-03-02T09:15:30Z"),
                      OffsetDateTime.of(2026, 3, 20, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
                      LocalDate.of(2026, 3, 20),
                      LocalTime.of(8, 30),
                      Duration.ofSeconds(45),
                      List.of(LocalDate.of(2026, 3, 27)),
                      YearMonth.of(2026, 3),
                      null);
            }
            """);
  }

  private static int compiled;

  static Stream<Arguments> shapes() {
    List<Arguments> all = new ArrayList<>();
    for (Style style : Style.values()) {
      for (Shape shape : SHAPES) {
        all.add(Arguments.of(style, shape));
      }
    }
    return all.stream();
  }

  @Test
  void thereAreAtLeastAHundredShapes() {
    assertTrue(shapes().count() >= 100, "shapes: " + shapes().count());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("shapes")
  void compilesWithoutWarningsUnderBothCompilersAndAnswersTheValue(Style style, Shape shape)
      throws Exception {
    Compilation javac = compileUnderBoth(sources(style, shape), style + "-" + shape.name());

    ContainerResponse response = call(javac, posts(shape) ? "POST" : "GET", "shape");
    check(style, shape, response);
  }

  /**
   * The vendor style answers {@code java.time} values as ISO-8601, in records and lists and pages
   * of them too, with a mapper that has no {@code JavaTimeModule}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dateShapes")
  void vendorStyleAnswersDatesAndTimesAsIso8601WithoutJavaTimeModule(Shape shape) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(sources(Style.VENDOR, shape));
    sources.add(DatedRecord.SOURCE);
    Compilation javac = compileUnderBoth(sources, "VENDOR-dates-" + shape.name());

    check(Style.VENDOR, shape, call(javac, "GET", "shape"));
  }

  static Stream<Shape> dateShapes() {
    return DATE_SHAPES.stream();
  }

  /**
   * Compiles {@code sources} with the processor under javac and under Eclipse's compiler, the
   * latter from files under {@code target/shape-sources/<folderName>}, both without a warning;
   * answers javac's compilation.
   */
  private static Compilation compileUnderBoth(List<JavaFileObject> sources, String folderName)
      throws IOException {
    Compilation javac = ProcessorCompiler.compileStrictly(sources);
    assertThat(javac).succeededWithoutWarnings();
    java.nio.file.Path folder =
        java.nio.file.Path.of("target", "shape-sources", folderName).toAbsolutePath();
    Compilation ecj = ProcessorCompiler.compileStrictlyWithEcj(onDisk(folder, sources), folder);
    // The test's own sources import more than each shape uses; only generated code must be clean.
    assertThat(ecj).succeededWithoutWarnings();
    compiled++;
    return javac;
  }

  /**
   * A resource method that a generic superclass declares, {@code T get(long)} of a class that
   * extends {@code CrudResource<Item>}, answers as one that returns {@code Item}.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void typeVariableOfASuperclassIsTheSubclassesPayload(Style style) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(sources(style, SHAPES.get(0)));
    sources.set(
        0,
        JavaFileObjects.forSourceString(
            "com.example.shapes.ShapeResource",
            """
            package com.example.shapes;

            import dev.envelopes.EnvelopeStyle;
            import dev.envelopes.Enveloped;
            import dev.envelopes.Style;
            import jakarta.ws.rs.Path;

            @Path("/shape")
            @Enveloped
            @EnvelopeStyle(Style.%s)
            public class ShapeResource extends CrudResource<Item> {

              @Override
              protected Item find(long id) {
                return new Item(id, "a");
              }
            }
            """
                .formatted(style.name())));
    sources.add(
        JavaFileObjects.forSourceString(
            "com.example.shapes.CrudResource",
            """
            package com.example.shapes;

            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.Path;
            import jakarta.ws.rs.PathParam;

            public abstract class CrudResource<T> {

              @GET
              @Path("{id}")
              public T get(@PathParam("id") long id) {
                return find(id);
              }

              protected abstract T find(long id);
            }
            """));
    Compilation javac = ProcessorCompiler.compileStrictly(sources);
    assertThat(javac).succeededWithoutWarnings();
    java.nio.file.Path folder =
        java.nio.file.Path.of("target", "shape-sources", style + "-inherited").toAbsolutePath();
    assertThat(ProcessorCompiler.compileStrictlyWithEcj(onDisk(folder, sources), folder))
        .succeededWithoutWarnings();
    compiled++;

    check(
        style,
        new Shape("inherited", "T", "", "{\"id\":1,\"name\":\"a\"}", Answer.VALUE),
        call(javac, "GET", "shape/1"));
  }

  /** Payloads, resources and so the generated sources in the default package. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void defaultPackageHoldsTheGeneratedSourcesToo(Style style) throws Exception {
    List<JavaFileObject> sources =
        List.of(
            JavaFileObjects.forSourceString(
                "ShapeResource",
                """
                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;

                @Path("/shape")
                @Enveloped
                @EnvelopeStyle(Style.%s)
                public class ShapeResource {

                  @GET
                  public Item answer() {
                    return new Item(1, "a");
                  }
                }
                """
                    .formatted(style.name())),
            JavaFileObjects.forSourceString(
                "Item", "public record Item(long id, String name) {}\n"),
            JavaFileObjects.forSourceString(
                "ShapeApi",
                """
                import dev.envelopes.EnvelopeApi;
                import dev.envelopes.VendorConvention;

                @EnvelopeApi
                @VendorConvention(
                    vendor = "shapes",
                    version = 1,
                    errorDocumentation = "https://example.com/errors/")
                public class ShapeApi {}
                """));
    Compilation javac = ProcessorCompiler.compileStrictly(sources);
    assertThat(javac).succeededWithoutWarnings();
    java.nio.file.Path folder =
        java.nio.file.Path.of("target", "shape-sources", style + "-default-package")
            .toAbsolutePath();
    assertThat(ProcessorCompiler.compileStrictlyWithEcj(onDisk(folder, sources), folder))
        .succeededWithoutWarnings();
    compiled++;

    check(
        style,
        new Shape("defaultPackage", "Item", "", "{\"id\":1,\"name\":\"a\"}", Answer.VALUE),
        call(javac, "", "GET", "shape"));
  }

  @AfterAll
  static void printTheCount() {
    System.out.printf(
        Locale.ROOT,
        "Valid shapes: %d of %d compiled under javac and ecj and answered as their style says%n",
        compiled,
        shapes().count() + 2 * Style.values().length + DATE_SHAPES.size());
  }

  static List<JavaFileObject> sources(Style style, Shape shape) {
    boolean paged = shape.answer() == Answer.PAGE;
    String method = posts(shape) ? "@POST" : "@GET";
    String resource =
        """
        package com.example.shapes;

        import dev.envelopes.Cursor;
        import dev.envelopes.EnvelopeStyle;
        import dev.envelopes.Enveloped;
        import dev.envelopes.Page;
        import dev.envelopes.Paginated;
        import dev.envelopes.Style;
        import jakarta.ws.rs.DefaultValue;
        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.POST;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.QueryParam;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.Set;
        import java.util.UUID;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;

        @Path("/shape")
        @Enveloped
        @EnvelopeStyle(Style.%s)
        public class ShapeResource {

          private static final Item ITEM = new Item(1, "a");

          %s
          %s
          public %s answer(%s) {
            %s
          }
        }
        """
            .formatted(
                style.name(),
                method,
                paged ? "@Paginated" : "",
                shape.returnType(),
                paged ? pagingParameters(style) : "",
                shape.body());
    return List.of(
        JavaFileObjects.forSourceString("com.example.shapes.ShapeResource", resource),
        JavaFileObjects.forSourceString(
            "com.example.shapes.ShapeApi",
            """
            package com.example.shapes;

            import dev.envelopes.EnvelopeApi;
            import dev.envelopes.VendorConvention;

            @EnvelopeApi
            @VendorConvention(
                vendor = "shapes",
                version = 1,
                errorDocumentation = "https://example.com/errors/")
            public class ShapeApi {}
            """),
        JavaFileObjects.forSourceString(
            "com.example.shapes.Item",
            """
            package com.example.shapes;

            public record Item(long id, String name) {}
            """),
        JavaFileObjects.forSourceString(
            "com.example.shapes.Payloads",
            """
            package com.example.shapes;

            public final class Payloads {

              private Payloads() {}

              public record Inner(String value) {}

              public sealed interface Animal permits Cat, Dog {}

              public record Cat(String name) implements Animal {}

              public record Dog(String name) implements Animal {}

              public enum Color { RED, GREEN }

              public record Override(int n) {}
            }
            """),
        JavaFileObjects.forSourceString(
            "com.example.other.Elsewhere",
            """
            package com.example.other;

            public record Elsewhere(String where) {}
            """),
        JavaFileObjects.forSourceString(
            "com.example.other.Item",
            """
            package com.example.other;

            public record Item(String code) {}
            """));
  }

  private static boolean posts(Shape shape) {
    return shape.answer() == Answer.CREATED || shape.answer() == Answer.POSTED_VALUE;
  }

  static String pagingParameters(Style style) {
    return switch (style) {
      case META ->
          "@QueryParam(\"offset\") long offset, @QueryParam(\"limit\") @DefaultValue(\"10\") int"
              + " limit";
      case STATUS ->
          "@QueryParam(\"page\") long page, @QueryParam(\"per_page\") @DefaultValue(\"10\") int"
              + " perPage";
      case BARE, VENDOR ->
          "@QueryParam(\"cursor\") @DefaultValue(\"\") Cursor cursor, @QueryParam(\"limit\")"
              + " @DefaultValue(\"10\") int limit";
    };
  }

  /** The sources as files under {@code folder}, which Eclipse's compiler needs. */
  static List<JavaFileObject> onDisk(java.nio.file.Path folder, List<JavaFileObject> sources)
      throws IOException {
    List<JavaFileObject> files = new ArrayList<>();
    for (JavaFileObject source : sources) {
      String path = source.toUri().getPath();
      java.nio.file.Path file = folder.resolve(path.startsWith("/") ? path.substring(1) : path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true));
      files.add(JavaFileObjects.forResource(file.toUri().toURL()));
    }
    return files;
  }

  /** Calls the method through Jersey's request pipeline with the generated feature registered. */
  static ContainerResponse call(Compilation compilation, String method, String path)
      throws ReflectiveOperationException, InterruptedException, ExecutionException {
    return call(compilation, "com.example.shapes.", method, path);
  }

  /** As above, for a resource and a feature whose names start with {@code prefix}. */
  private static ContainerResponse call(
      Compilation compilation, String prefix, String method, String path)
      throws ReflectiveOperationException, InterruptedException, ExecutionException {
    CompiledClasses classes = new CompiledClasses(compilation);
    ResourceConfig config =
        new ResourceConfig()
            .register(classes.loadClass(prefix + "EnvelopesFeature"))
            .register(classes.loadClass(prefix + "ShapeResource"));
    ApplicationHandler handler = new ApplicationHandler(config);
    ContainerRequest request =
        new ContainerRequest(
            URI.create("http://localhost/"),
            URI.create("http://localhost/" + path),
            method,
            null,
            new MapPropertiesDelegate(),
            handler.getConfiguration());
    return handler.apply(request).get();
  }

  static void check(Style style, Shape shape, ContainerResponse response) {
    JsonNode data = json(shape.data());
    Object entity = response.getEntity();
    switch (style) {
      case META -> {
        assertEquals(shape.answer() == Answer.CREATED ? 201 : 200, response.getStatus());
        JsonNode envelope = written(entity);
        assertEquals(9, envelope.size(), () -> "keys of " + envelope);
        assertTrue(envelope.get("success").asBoolean(), () -> "success in " + envelope);
        assertEquals(data, envelope.get("data"), () -> "data in " + envelope);
      }
      case BARE -> {
        switch (shape.answer()) {
          case NOTHING, NO_VALUES -> {
            assertEquals(204, response.getStatus());
            assertNull(entity);
          }
          case NO_DATA -> {
            assertEquals(200, response.getStatus());
            assertNull(entity);
          }
          case CREATED -> {
            assertEquals(200, response.getStatus());
            assertEquals(json("{\"id\":" + shape.data() + "}"), written(entity));
          }
          case PAGE -> {
            assertEquals(200, response.getStatus());
            assertEquals(data, written(entity).get("data"));
          }
          default -> {
            assertEquals(200, response.getStatus());
            assertEquals(data, written(entity));
          }
        }
      }
      case STATUS -> {
        assertEquals(shape.answer() == Answer.CREATED ? 201 : 200, response.getStatus());
        JsonNode envelope = written(entity);
        assertEquals("success", envelope.get("status").asText(), () -> "status in " + envelope);
        assertEquals(data, envelope.get("data"), () -> "data in " + envelope);
        assertEquals(
            shape.answer() == Answer.PAGE,
            envelope.has("pagination"),
            () -> "pagination in " + envelope);
      }
      case VENDOR -> {
        assertEquals(shape.answer() == Answer.CREATED ? 201 : 200, response.getStatus());
        JsonNode envelope = written(entity);
        assertEquals(data, envelope.get("data"), () -> "data in " + envelope);
        assertTrue(envelope.get("request_id").isTextual(), () -> "request_id in " + envelope);
      }
    }
  }

  /** The entity as the client reads it: written as JSON, and read back. */
  private static JsonNode written(Object entity) {
    try {
      return JSON.readTree(JSON.writeValueAsString(entity));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
