package dev.envelopes.processor.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds each convention's answers to what its page under {@code docs/styles/} says, and {@link
 * Conventions} to mapping every {@link Style} to exactly one convention.
 */
class ConventionsTest {

  private static final Path DOCS = Path.of("..");

  /** The sentence of a style page's paging section that names its two parameters. */
  private static final Pattern PAGING_SENTENCE =
      Pattern.compile(
          "A `@Paginated` method takes `(\\w+)` \\(([^)]*)\\) and `(\\w+)`", Pattern.DOTALL);

  @Test
  void everyStyleMapsToAConventionOfThatStyle() {
    for (Style style : Style.values()) {
      assertEquals(style, Conventions.of(style).style(), style.name());
    }
  }

  @Test
  void allListsOneConventionPerStyleInTheOrderOfTheStyles() {
    List<Style> styles = Conventions.all().stream().map(Convention::style).toList();
    assertEquals(Arrays.asList(Style.values()), styles);
    for (Style style : Style.values()) {
      assertSame(Conventions.of(style), Conventions.all().get(style.ordinal()));
    }
  }

  @Test
  void eachConventionHasAPhraseOfItsOwn() {
    List<String> phrases = Conventions.all().stream().map(Convention::phrase).toList();
    assertEquals(
        List.of("the meta envelope", "the bare style", "the status envelope", "the vendor style"),
        phrases);
  }

  @Test
  void eachConventionsPageExistsAndTheStylesTableNamesItsAnnotation() {
    String table = read("docs/styles/README.md");
    for (Convention convention : Conventions.all()) {
      assertTrue(Files.isRegularFile(DOCS.resolve(convention.page())), convention.page());
      String row = rowLinking(table, convention);
      assertTrue(
          row.contains("`" + convention.annotation() + "`"),
          row + " names " + convention.annotation());
    }
  }

  @Test
  void theDefaultConventionIsTheOneTheStylesTableCallsTheDefault() {
    String table = read("docs/styles/README.md");
    for (Convention convention : Conventions.all()) {
      assertEquals(
          convention == Conventions.byDefault(),
          rowLinking(table, convention).contains("(the default)"),
          convention.phrase());
    }
  }

  @Test
  void eachConventionPagesByTheParametersItsPageNames() {
    for (Convention convention : Conventions.all()) {
      Matcher sentence = PAGING_SENTENCE.matcher(read(convention.page()));
      assertTrue(sentence.find(), convention.page() + " says what a paged method takes");
      PagingParameters parameters = convention.pagingParameters();
      assertEquals(
          List.of(sentence.group(1), sentence.group(3)), parameters.names(), convention.page());
      String position = sentence.group(2);
      PagingScheme described =
          position.contains("dev.envelopes.Cursor")
              ? PagingScheme.CURSOR
              : position.contains("records to skip") ? PagingScheme.OFFSET : PagingScheme.PAGE;
      assertEquals(described, parameters.scheme(), convention.page() + ": " + position);
    }
  }

  @Test
  void onlyTheConventionWhosePageHasADatesSectionWritesIsoDatesItself() {
    for (Convention convention : Conventions.all()) {
      assertEquals(
          read(convention.page()).contains("\n## Dates and times\n"),
          convention.writesIsoDateTimes(),
          convention.page());
    }
  }

  @Test
  void onlyTheConventionWhosePageSaysNoAnswerCarriesLocationAnswersWithoutLinks() {
    for (Convention convention : Conventions.all()) {
      assertEquals(
          !read(convention.page()).contains("No answer carries `Location`."),
          convention.answersWithLinks(),
          convention.page());
    }
  }

  @Test
  void onlyTheConventionWhosePageOffersViewsAnswersViewsAndNeedsTheVendorDeclaration() {
    for (Convention convention : Conventions.all()) {
      String page = read(convention.page());
      assertEquals(page.contains("(`?view=`)"), convention.answersViewsAndRelated(), page);
      assertEquals(
          rowLinking(read("docs/styles/README.md"), convention).contains("`@VendorConvention`"),
          convention.needsVendorDeclaration(),
          convention.page());
    }
    assertTrue(Conventions.answeringViewsAndRelated().answersViewsAndRelated());
  }

  @Test
  void onlyTheConventionWhosePatchAnswersNullDataRequiresAVoidPatch() {
    for (Convention convention : Conventions.all()) {
      assertEquals(
          !read(convention.page()).contains("| `@PATCH` (returns `void`) |"),
          convention.patchAnswersData(),
          convention.page());
    }
  }

  /** The row of the styles table that links the convention's page. */
  private static String rowLinking(String table, Convention convention) {
    String file = Path.of(convention.page()).getFileName().toString();
    List<String> rows =
        table
            .lines()
            .filter(line -> line.startsWith("|") && line.contains("(" + file + ")"))
            .collect(Collectors.toList());
    assertEquals(1, rows.size(), "rows of the styles table that link " + file);
    return rows.get(0);
  }

  private static String read(String path) {
    try {
      return Files.readString(DOCS.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
