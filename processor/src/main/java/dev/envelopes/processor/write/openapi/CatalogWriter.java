package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import dev.envelopes.processor.plan.ErrorAnswers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  private CatalogWriter() {}

  /** One row: an error, and the operation ids that answer it. */
  private record Row(ErrorAnswer answer, Set<String> operations) {}

  /** The catalog of {@code plan}, whose operations are {@code operations}. */
  static String render(ApiPlan plan, List<Operation> operations, String title) {
    StringBuilder out = new StringBuilder();
    out.append("# Errors of ").append(title).append("\n\n");
    out.append(
        "Every error the API can answer, by style: its code, its status, its message, what it"
            + " means, and the\noperations that answer it. Written by Envelopes at compile time"
            + " with `openapi.json`; a message\nthat depends on the request is shown as an"
            + " example.\n");
    for (Convention convention : plan.conventions()) {
      List<Operation> own =
          operations.stream()
              .filter(operation -> operation.endpoint().convention().equals(convention))
              .toList();
      Map<String, Row> rows = new TreeMap<>();
      for (Operation operation : own) {
        for (ErrorAnswer answer : operation.errors()) {
          rows.computeIfAbsent(keyOf(answer), key -> new Row(answer, new TreeSet<>()))
              .operations()
              .add(operation.operationId());
        }
      }
      for (ErrorAnswer answer : ErrorAnswers.unmatched(plan, convention)) {
        rows.putIfAbsent(keyOf(answer), new Row(answer, new TreeSet<>()));
      }
      out.append("\n## ").append(capitalized(convention.phrase())).append("\n\n");
      out.append("| code | status | message | meaning | operations |\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      List<Row> sorted = new ArrayList<>(rows.values());
      sorted.sort(Comparator.comparing(Row::answer, ErrorAnswer.ORDER));
      for (Row row : sorted) {
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
            .append(operationsOf(row, own.size()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String operationsOf(Row row, int all) {
    if (row.operations().isEmpty()) {
      return NO_OPERATION;
    }
    if (row.operations().size() == all && all > 1) {
      return ANY_OPERATION;
    }
    List<String> ids = new ArrayList<>();
    row.operations().forEach(id -> ids.add("`" + id + "`"));
    return String.join(", ", ids);
  }

  /** What makes two rows one: the same status, code, message and meaning. */
  private static String keyOf(ErrorAnswer answer) {
    return String.join(
        "\u0000",
        String.format("%03d", answer.status()),
        answer.code(),
        answer.message(),
        answer.meaning());
  }

  /** {@code text} as a Markdown table cell: no line breaks, pipes escaped. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }

  private static String capitalized(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
