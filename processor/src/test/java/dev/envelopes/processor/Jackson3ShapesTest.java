package dev.envelopes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.envelopes.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape {@link ValidShapesTest} answers, in every style, and the vendor style's dates, also
 * compile with every warning an error against Jackson 3 alone, as on Spring Boot 4, with every
 * serializer written for it and no name of Jackson 2's databind or streaming API left.
 */
class Jackson3ShapesTest {

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.envelopes.processor.ValidShapesTest#shapes")
  void compilesAgainstJackson3Alone(Style style, ValidShapesTest.Shape shape) {
    assertWrittenForJackson3(ValidShapesTest.sources(style, shape));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.envelopes.processor.ValidShapesTest#dateShapes")
  void vendorDatesCompileAgainstJackson3Alone(ValidShapesTest.Shape shape) {
    List<JavaFileObject> sources = new ArrayList<>(ValidShapesTest.sources(Style.VENDOR, shape));
    sources.add(ValidShapesTest.DatedRecord.SOURCE);
    assertWrittenForJackson3(sources);
  }

  private static void assertWrittenForJackson3(List<JavaFileObject> sources) {
    Compilation compilation = ProcessorCompiler.compileStrictly(sources, JsonClasspath.JACKSON_3);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = ProcessorCompiler.generatedSources(compilation);
    assertTrue(
        generated.values().stream().anyMatch(text -> text.contains("import tools.jackson.")),
        "no serializer written for Jackson 3");
    generated.forEach(
        (file, text) ->
            assertFalse(
                text.contains("com.fasterxml.jackson.databind")
                    || text.contains("com.fasterxml.jackson.core"),
                () -> file + " names Jackson 2:\n" + text));
  }
}
