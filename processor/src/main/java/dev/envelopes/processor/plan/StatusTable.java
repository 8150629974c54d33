package dev.envelopes.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ResponseCodeRow;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.convention.StatusCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the generated status table: every status the API can answer with by name, with its
 * API code and message from the user's {@code @ResponseCode}s, or its own number and reason phrase.
 * Decided once per API; every writer that names a status refers to its row's constant.
 */
public final class StatusTable implements StatusCodes {

  /**
   * One row.
   *
   * @param constant the name of its constant
   * @param status the HTTP status
   * @param code the API code
   * @param message the code's text
   * @param declared whether a {@code @ResponseCode} declares it
   */
  public record Row(String constant, int status, int code, String message, boolean declared) {

    /** The reason phrase of the status. */
    public String statusMessage() {
      return ReasonPhrases.of(status);
    }
  }

  private final ClassName type;
  private final Map<Integer, Row> rows = new TreeMap<>();

  public StatusTable(ApiModel api, ClassName type) {
    this.type = type;
    for (int status : MetaConvention.DOCUMENTED_STATUSES) {
      addDefault(status);
    }
    api.declaration()
        .ifPresent(
            declaration -> {
              for (ResponseCodeRow row : declaration.responseCodes()) {
                rows.put(
                    row.status(),
                    new Row(
                        ReasonPhrases.constantNameOf(row.status()),
                        row.status(),
                        row.code(),
                        row.message(),
                        true));
              }
            });
    for (ErrorDeclaration error : api.errors()) {
      addDefault(error.status());
    }
  }

  private void addDefault(int status) {
    rows.putIfAbsent(
        status,
        new Row(
            ReasonPhrases.constantNameOf(status), status, status, ReasonPhrases.of(status), false));
  }

  /** Every row, by status. */
  public Collection<Row> rows() {
    return rows.values();
  }

  /**
   * The row of {@code status}: its declared or default one, else the status's own number and
   * reason phrase, as an answer with a status the table does not list says.
   */
  public Row rowOf(int status) {
    Row row = rows.get(status);
    return row != null
        ? row
        : new Row(
            ReasonPhrases.constantNameOf(status), status, status, ReasonPhrases.of(status), false);
  }

  @Override
  public int codeOf(int status) {
    return rowOf(status).code();
  }

  @Override
  public String messageOf(int status) {
    return rowOf(status).message();
  }

  /** The generated status type. */
  public ClassName type() {
    return type;
  }

  /** The constant of {@code status}, such as {@code MetaStatus.NOT_FOUND}. */
  public CodeBlock constant(int status) {
    Row row = rows.get(status);
    if (row == null) {
      throw new IllegalStateException("No status row for " + status);
    }
    return CodeBlock.of("$T.$L", type, row.constant());
  }

  /** The rows a {@code @ResponseCode} declares, for documentation. */
  public List<Row> declaredRows() {
    List<Row> declared = new ArrayList<>();
    for (Row row : rows.values()) {
      if (row.declared()) {
        declared.add(row);
      }
    }
    return declared;
  }
}
