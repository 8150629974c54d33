package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.envelopes.Style;
import dev.envelopes.processor.ValidShapesTest.Answer;
import dev.envelopes.processor.ValidShapesTest.Shape;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ways Jakarta REST lets a class serve methods it does not declare with their annotations: a
 * paged method inherited from a generic abstract class, a sub-resource reached through a locator,
 * and annotations inherited from an interface. In every style, each compiles with the processor
 * under javac with every warning an error and under Eclipse's compiler without a warning, and
 * answers through Jersey's request pipeline as its style says.
 */
class ResourceShapesTest {

  private static final Shape ITEM =
      new Shape("item", "Item", "", "{\"id\":1,\"name\":\"a\"}", Answer.VALUE);

  /** {@code Page<T>} of {@code PagedBase<T>}, served by a class that extends it with Item. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void pagedMethodOfAGenericAbstractClassAnswersThePageOfTheSubclassRecords(Style style)
      throws Exception {
    Compilation javac =
        compile(
            style,
            "inherited-page",
            resource(style, "extends PagedBase<Item>", ""),
            source(
                "PagedBase",
                """
                package com.example.shapes;

                import dev.envelopes.Cursor;
                import dev.envelopes.Page;
                import dev.envelopes.Paginated;
                import jakarta.ws.rs.DefaultValue;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.QueryParam;
                import java.util.List;

                public abstract class PagedBase<T> {

                  @GET
                  @Paginated
                  public Page<T> list(%s) {
                    return new Page<>(List.of(first()), 1);
                  }

                  protected abstract T first();
                }
                """
                    .formatted(ValidShapesTest.pagingParameters(style))));

    ValidShapesTest.check(
        style,
        new Shape("inheritedPage", "Page<T>", "", "[{\"id\":1,\"name\":\"a\"}]", Answer.PAGE),
        ValidShapesTest.call(javac, "GET", "shape"));
  }

  /** A sub-resource without Envelopes annotations answers in the style of its locator. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void subResourceAnswersInTheStyleOfItsLocator(Style style) throws Exception {
    Compilation javac = compile(style, "locator", resource(style, "", LOCATOR), subResource(""));

    ValidShapesTest.check(style, ITEM, ValidShapesTest.call(javac, "GET", "shape/items/1"));
  }

  /**
   * {@code @Enveloped} on the inherited method itself, as the advice of {@code
   * PAGINATED_NOT_ENVELOPED} says, is accepted on an abstract class that an enveloped concrete
   * class extends: no advice leads to {@code ENVELOPED_CLASS_ABSTRACT}, whose advice was followed.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void envelopedMethodOfAnAbstractClassIsServedByItsEnvelopedSubclass(Style style)
      throws Exception {
    Compilation javac =
        compile(
            style,
            "enveloped-abstract-method",
            resource(style, "extends ItemBase", ""),
            source(
                "ItemBase",
                """
                package com.example.shapes;

                import dev.envelopes.Enveloped;
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                public abstract class ItemBase {

                  @GET
                  @Path("{id}")
                  @Enveloped
                  public Item get(@PathParam("id") long id) {
                    return new Item(id, "a");
                  }
                }
                """));

    ValidShapesTest.check(style, ITEM, ValidShapesTest.call(javac, "GET", "shape/1"));
  }

  /** {@code @Enveloped} on one locator of a class that is not enveloped envelopes its target. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void envelopedLocatorEnvelopesItsSubResource(Style style) throws Exception {
    Compilation javac =
        compile(
            style,
            "enveloped-locator",
            source(
                "ShapeResource",
                """
                package com.example.shapes;

                import dev.envelopes.EnvelopeStyle;
                import dev.envelopes.Enveloped;
                import dev.envelopes.Style;
                import jakarta.ws.rs.Path;

                @Path("/shape")
                public class ShapeResource {

                  @Path("items")
                  @Enveloped
                  @EnvelopeStyle(Style.%s)
                  public ItemShapes items() {
                    return new ItemShapes();
                  }
                }
                """
                    .formatted(style)),
            subResource(""));

    ValidShapesTest.check(style, ITEM, ValidShapesTest.call(javac, "GET", "shape/items/1"));
  }

  /** A sub-resource's own {@code @EnvelopeStyle} wins over its locator's. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void subResourceThatChoosesAStyleAnswersInIt(Style style) throws Exception {
    Style locatorStyle = style == Style.META ? Style.STATUS : Style.META;
    Compilation javac =
        compile(
            style,
            "locator-own-style",
            resource(locatorStyle, "", LOCATOR),
            subResource("@dev.envelopes.EnvelopeStyle(dev.envelopes.Style.%s)".formatted(style)));

    ValidShapesTest.check(style, ITEM, ValidShapesTest.call(javac, "GET", "shape/items/1"));
  }

  /** Path, HTTP method and parameter declared on an interface, as a REST client shares them. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void resourceMethodDeclaredOnAnInterfaceAnswersInTheClassStyle(Style style) throws Exception {
    Compilation javac =
        compile(
            style,
            "interface",
            resource(
                style,
                "implements ShapeContract",
                """
                @Override
                public Item get(long id) {
                  return new Item(id, "a");
                }
                """),
            source(
                "ShapeContract",
                """
                package com.example.shapes;

                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.PathParam;

                public interface ShapeContract {

                  @GET
                  @Path("{id}")
                  Item get(@PathParam("id") long id);
                }
                """));

    ValidShapesTest.check(style, ITEM, ValidShapesTest.call(javac, "GET", "shape/1"));
  }

  /**
   * A parameter that has no name on the wire, as a {@code @Context} or {@code @BeanParam} one,
   * before one that has: the parameter names that a failed validation reports skip it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Style.class)
  void unnamedParameterBeforeANamedOneIsServed(Style style) throws Exception {
    Compilation javac =
        compile(
            style,
            "context-first",
            resource(
                style,
                "",
                """
                @jakarta.ws.rs.GET
                @jakarta.ws.rs.Path("{id}")
                public Item get(
                    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri,
                    @jakarta.ws.rs.PathParam("id") long id,
                    @jakarta.ws.rs.QueryParam("name") String name) {
                  return new Item(id, name + uri.getPathSegments().size());
                }
                """));

    ValidShapesTest.check(
        style,
        new ValidShapesTest.Shape(
            "item", "Item", "", "{\"id\":1,\"name\":\"a2\"}", ValidShapesTest.Answer.VALUE),
        ValidShapesTest.call(javac, "GET", "shape/1?name=a"));
  }

  private static final String LOCATOR =
      """
      @jakarta.ws.rs.Path("items")
      public ItemShapes items() {
        return new ItemShapes();
      }
      """;

  private static JavaFileObject subResource(String annotation) {
    return source(
        "ItemShapes",
        """
        package com.example.shapes;

        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.Path;
        import jakarta.ws.rs.PathParam;

        %s
        public class ItemShapes {

          @GET
          @Path("{id}")
          public Item get(@PathParam("id") long id) {
            return new Item(id, "a");
          }
        }
        """
            .formatted(annotation));
  }

  /** The enveloped root resource {@code /shape} in {@code style}, with {@code members}. */
  private static JavaFileObject resource(Style style, String supertypes, String members) {
    return source(
        "ShapeResource",
        """
        package com.example.shapes;

        @jakarta.ws.rs.Path("/shape")
        @dev.envelopes.Enveloped
        @dev.envelopes.EnvelopeStyle(dev.envelopes.Style.%s)
        public class ShapeResource %s {

          protected Item first() {
            return new Item(1, "a");
          }

          %s
        }
        """
            .formatted(style, supertypes, members));
  }

  private static JavaFileObject source(String simpleName, String text) {
    return JavaFileObjects.forSourceString("com.example.shapes." + simpleName, text);
  }

  /**
   * Compiles {@code resource} and {@code others} with the API type and payloads of the valid
   * shapes, under javac and ecj, and returns javac's compilation.
   */
  private static Compilation compile(
      Style style, String name, JavaFileObject resource, JavaFileObject... others)
      throws Exception {
    List<JavaFileObject> sources =
        new ArrayList<>(ValidShapesTest.sources(style, ValidShapesTest.SHAPES.get(0)));
    sources.set(0, resource);
    sources.addAll(List.of(others));
    Compilation javac = ProcessorCompiler.compileStrictly(sources);
    assertThat(javac).succeededWithoutWarnings();
    java.nio.file.Path folder =
        java.nio.file.Path.of("target", "shape-sources", style + "-" + name).toAbsolutePath();
    assertThat(
            ProcessorCompiler.compileStrictlyWithEcj(
                ValidShapesTest.onDisk(folder, sources), folder))
        .succeededWithoutWarnings();
    return javac;
  }
}
