package dev.envelopes.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.compilations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.jakarta.JakartaRestWords;
import dev.envelopes.processor.dialect.spring.SpringMvcWords;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Triggers every error of the {@link Diagnostic} catalog with a small, realistic misuse, and checks
 * that the compilation fails with that one error, in the catalog's words, on the offending line.
 * Each misuse is a fixture folder, {@code src/test/resources/diagnostics/<diagnostic>/<case>/}: its
 * sources and, beside them, the error it must give (see {@link MisuseFixture}).
 *
 * <p>The compilations use {@code -Xlint:all,-processing} without {@code -Werror}, so that a warning
 * about the misused code does not count as a second error.
 */
class DiagnosticsTest {

  /** The words of the corpus's framework, in which its messages are expected. */
  static final FrameworkWords JAKARTA_REST = new JakartaRestWords();

  /** The words of the corpus's Spring MVC cases, which say so with {@code framework}. */
  static final FrameworkWords SPRING_MVC = new SpringMvcWords();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheMisuseOnceOnTheOffendingLine(MisuseFixture misuse) {
    Compilation compilation = misuse.compilation();
    String expected = misuse.message();

    assertOn(misuse, compilation).failed();
    assertOn(misuse, compilation).hadErrorCount(1);
    assertWithMessage(misuse.name).that(messages(compilation).get(0)).isEqualTo(expected);
    assertOn(misuse, compilation)
        .hadErrorContaining(expected)
        .inFile(misuse.file(compilation))
        .onLineContaining(misuse.line);
  }

  /** Eclipse's compiler gets the same one error, on the same line. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eclipsesCompilerReportsTheMisuseOnceOnTheSameLine(MisuseFixture misuse) {
    Compilation compilation = misuse.ecjCompilation();
    String expected = misuse.message();

    assertOn(misuse, compilation).failed();
    assertOn(misuse, compilation).hadErrorCount(1);
    assertWithMessage(misuse.name).that(messages(compilation).get(0)).isEqualTo(expected);
    if (misuse.ecjHasNoPosition) {
      return;
    }
    assertOn(misuse, compilation)
        .hadErrorContaining(expected)
        .inFile(misuse.file(compilation))
        .onLineContaining(misuse.line);
  }

  /** Every error; a warning fails no compilation, so its test is where it is raised. */
  @Test
  void everyDiagnosticButTheInternalErrorHasACase() {
    Set<Diagnostic> missing = EnumSet.complementOf(EnumSet.of(Diagnostic.INTERNAL_ERROR));
    missing.removeIf(diagnostic -> diagnostic.kind() == Diagnostic.Kind.WARNING);
    cases().forEach(misuse -> missing.remove(misuse.diagnostic));
    assertEquals(Set.of(), missing, "diagnostics without a case");
  }

  @Test
  void corpusCoversTheCatalogWithAtLeastEightyMisuses() {
    List<MisuseFixture> corpus = cases().toList();
    long covered = corpus.stream().map(misuse -> misuse.diagnostic).distinct().count();
    // Distinct as the issue reads it: no two cases test the same rule on the same kind of element.
    Set<String> ruleAndElementKinds = new TreeSet<>();
    Map<String, Set<String>> withoutElement = new TreeMap<>();
    for (MisuseFixture misuse : corpus) {
      Set<String> kinds = misuse.errorElementKinds();
      if (kinds.isEmpty()) {
        withoutElement.put(misuse.name, kinds);
      }
      kinds.forEach(kind -> ruleAndElementKinds.add(misuse.diagnostic + " on a " + kind));
    }
    System.out.printf(
        Locale.ROOT,
        "Misuse corpus: %d cases, %d distinct rule and element-kind pairs, covering %d of the %d"
            + " errors in the catalog%n",
        corpus.size(),
        ruleAndElementKinds.size(),
        covered,
        Diagnostic.values().length);
    assertEquals(Map.of(), withoutElement, "cases whose error is on no element");
    assertWithMessage("distinct rule and element-kind pairs")
        .that(ruleAndElementKinds.size())
        .isAtLeast(80);
  }

  @Test
  void everyCaseHasItsOwnName() {
    // The compilations are kept by name.
    List<String> names = cases().map(misuse -> misuse.name).toList();
    assertWithMessage("case names").that(names).containsNoDuplicates();
  }

  @Test
  void noCaseFailsInsideTheProcessor() {
    String internal = prefixOf(Diagnostic.INTERNAL_ERROR);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    cases()
        .forEach(
            misuse -> {
              List<String> internalErrors =
                  misuse.compilation().diagnostics().stream()
                      .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                      .filter(message -> message.contains(internal))
                      .toList();
              if (!internalErrors.isEmpty()) {
                failures.put(misuse.name, internalErrors);
              }
            });
    assertEquals(Map.of(), failures, "cases that made the processor fail");
  }

  /** Every misuse, each named by its folder. */
  static Stream<MisuseFixture> cases() {
    return MisuseFixture.all();
  }

  /** Assertions on the compilation of {@code misuse}, whose failures name the case. */
  private static CompilationSubject assertOn(MisuseFixture misuse, Compilation compilation) {
    return assertWithMessage(misuse.name).about(compilations()).that(compilation);
  }

  private static List<String> messages(Compilation compilation) {
    return compilation.errors().stream()
        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The start of a diagnostic's text, up to its first detail. */
  private static String prefixOf(Diagnostic diagnostic) {
    String problem = diagnostic.problem(JAKARTA_REST);
    return problem.substring(0, problem.indexOf('%'));
  }
}
