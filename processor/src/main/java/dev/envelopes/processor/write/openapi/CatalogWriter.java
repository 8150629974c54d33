package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import dev.envelopes.processor.plan.ErrorAnswers;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Renders the API's error catalog, {@code errors.md}: per style the API answers in, every error it
 * can answer (code, status, message, meaning) and the operations that answer it, from the same
 * {@link ErrorAnswers} as the document, plus what a request that reaches no operation answers.
 */
final class CatalogWriter {

  /** What the operations column says of an error every operation of the style answers. */
  static final String ANY_OPERATION = "any operation";

  /** What it says of an error only requests that reach no operation answer. */
  static final String NO_OPERATION = "none: a request no operation matches";

  /** A line break and the blanks around it, which a table cell writes as one space. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

  private CatalogWriter() {}

  /** One row: an error, and which operations answer it, as the catalog says it. */
  private record Row(ErrorAnswer answer, String operations) {}

  /** The catalog of {@code plan}, whose operations are {@code operations}. */
  static String render(ApiPlan plan, List<Operation> operations, String title) {
    StringBuilder out = new StringBuilder();
    out.append("# Errors of ").append(title).append("\n\n");
    out.append(
        """
Every error the API can answer, by style: its code, its status, its message, what it means, and the
operations that answer it. Written by Envelopes at compile time with `openapi.json`; a message
that depends on the request is shown as an example.
""");
    for (Convention convention : plan.conventions()) {
      out.append("\n## ").append(capitalized(convention.phrase())).append("\n\n");
      out.append("| code | status | message | meaning | operations |\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      for (Row row : rowsOf(plan, operations, convention)) {
        ErrorAnswer answer = row.answer();
        out.append("| ")
            .append(answer.code().isEmpty() ? "-" : "`" + cell(answer.code()) + "`")
            .append(" | ")
            .append(answer.status())
            .append(" | ")
            .append(cell(answer.message()))
            .append(" | ")
            .append(cell(answer.meaning()))
            .append(" | ")
            .append(row.operations())
            .append(" |\n");
      }
      if (convention.needsVendorDeclaration() && plan.versionFilterTakesVendorPathsOnly()) {
        out.append(versionFilterNote(operations));
      }
    }
    return out.toString();
  }

  /**
   * What the vendor section says of the version filter in an API that mixes styles: which requests
   * it takes, and the operations of other styles it takes, which answer its refusals in this style.
   */
  private static String versionFilterNote(List<Operation> operations) {
    Set<String> others = new TreeSet<>();
    for (Operation operation : operations) {
      if (!operation.refusals().isEmpty()) {
        others.add("`" + operation.operationId() + "`");
      }
    }
    StringBuilder note =
        new StringBuilder(
            """

The version filter takes only the requests whose path, a version prefix aside, is one this style
answers; a version prefix or the vendor media type means nothing to the other styles' paths.
""");
    if (!others.isEmpty()) {
      note.append(
              "Operations of other styles at such a path answer `unsupported_version` in this"
                  + " style too: ")
          .append(String.join(", ", others))
          .append(".\n");
    }
    return note.toString();
  }

  /**
   * The page behind each code of the vendor style's error links ({@code errorDocumentation}
   * followed by the code), by code: its statuses, messages, meanings and operations, and an example
   * body; none when the API does not answer in the vendor style.
   */
  static Map<String, String> vendorPages(
      ApiPlan plan, List<Operation> operations, ErrorBodies bodies) {
    Map<String, String> pages = new TreeMap<>();
    for (Convention convention : plan.conventions()) {
      if (!convention.needsVendorDeclaration()) {
        continue;
      }
      Map<String, List<Row>> byCode = new TreeMap<>();
      for (Row row : rowsOf(plan, operations, convention)) {
        byCode.computeIfAbsent(row.answer().code(), code -> new ArrayList<>()).add(row);
      }
      byCode.forEach(
          (code, rows) -> {
            StringBuilder page = new StringBuilder();
            page.append("# `").append(code).append("`\n\n");
            page.append("| status | message | meaning | operations |\n");
            page.append("| --- | --- | --- | --- |\n");
            for (Row row : rows) {
              page.append("| ")
                  .append(row.answer().status())
                  .append(" | ")
                  .append(cell(row.answer().message()))
                  .append(" | ")
                  .append(cell(row.answer().meaning()))
                  .append(" | ")
                  .append(row.operations())
                  .append(" |\n");
            }
            page.append("\nFor example, with status ")
                .append(rows.get(0).answer().status())
                .append(":\n\n```json\n")
                .append(JsonText.of(bodies.example(convention, rows.get(0).answer())))
                .append("```\n");
            pages.put(code, page.toString());
          });
    }
    return pages;
  }

  /** The rows of {@code convention}'s section, sorted by status, code and name. */
  private static List<Row> rowsOf(ApiPlan plan, List<Operation> operations, Convention convention) {
    List<Operation> own =
        operations.stream()
            .filter(operation -> operation.endpoint().convention().equals(convention))
            .toList();
    // Every operation answers every declared error: a row's operations are kept as the positions
    // of its operations in own, and written out as ids only where they are not all of them.
    // Operations that answer alike share one list of answers (ErrorAnswers makes each once), so
    // each list is gone through once, for all its operations, in the order lists first come.
    Map<List<ErrorAnswer>, BitSet> operationsOfList = new IdentityHashMap<>();
    List<List<ErrorAnswer>> lists = new ArrayList<>();
    for (int position = 0; position < own.size(); position++) {
      List<ErrorAnswer> errors = own.get(position).errors();
      BitSet positions = operationsOfList.get(errors);
      if (positions == null) {
        positions = new BitSet();
        operationsOfList.put(errors, positions);
        lists.add(errors);
      }
      positions.set(position);
    }
    Map<RowKey, Answered> byKey = new HashMap<>();
    for (List<ErrorAnswer> errors : lists) {
      for (ErrorAnswer answer : errors) {
        byKey
            .computeIfAbsent(RowKey.of(answer), key -> new Answered(answer, new BitSet()))
            .positions()
            .or(operationsOfList.get(errors));
      }
    }
    for (ErrorAnswer answer : ErrorAnswers.unmatched(plan, convention)) {
      byKey.putIfAbsent(RowKey.of(answer), new Answered(answer, new BitSet()));
    }
    Map<String, Row> rows = new TreeMap<>();
    for (Answered answered : byKey.values()) {
      rows.put(
          keyOf(answered.answer()),
          new Row(answered.answer(), operationsOf(answered.positions(), own)));
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(Comparator.comparing(Row::answer, ErrorAnswer.ORDER));
    return sorted;
  }

  /**
   * The operations column of a row answered by the operations at {@code positions} in {@code own}.
   */
  private static String operationsOf(BitSet positions, List<Operation> own) {
    if (positions.isEmpty()) {
      return NO_OPERATION;
    }
    if (positions.cardinality() == own.size() && own.size() > 1) {
      return ANY_OPERATION;
    }
    Set<String> ids = new TreeSet<>();
    positions.stream().forEach(position -> ids.add(own.get(position).operationId()));
    List<String> quoted = new ArrayList<>();
    ids.forEach(id -> quoted.add("`" + id + "`"));
    return String.join(", ", quoted);
  }

  /** The first answer of a row, and the positions of the operations that answer it. */
  private record Answered(ErrorAnswer answer, BitSet positions) {}

  /** What makes two rows one, as {@link #keyOf} says it, without writing it out per operation. */
  private record RowKey(int status, String code, String message, String meaning) {

    static RowKey of(ErrorAnswer answer) {
      return new RowKey(answer.status(), answer.code(), answer.message(), answer.meaning());
    }
  }

  /**
   * What makes two rows one: the same status, code, message and meaning. A status has three digits
   * (validation keeps them from 100 to 599), so the keys sort by it first, as numbers.
   */
  private static String keyOf(ErrorAnswer answer) {
    return String.join(
        "\u0000",
        String.valueOf(answer.status()),
        answer.code(),
        answer.message(),
        answer.meaning());
  }

  /** {@code text} as a Markdown table cell: no line breaks, pipes escaped. */
  static String cell(String text) {
    return LINE_BREAK.matcher(text.replace("\\", "\\\\").replace("|", "\\|")).replaceAll(" ");
  }

  private static String capitalized(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
