package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.PageQuery;

/** How the paging classes of every binding read a paging parameter's number, through PageQuery. */
public final class PageQueryNumbers {

  private PageQueryNumbers() {}

  /**
   * {@code long variable = } the number the parameter's {@code values} (the generated expression of
   * what the query gives it) say: {@code byDefault} when absent or empty, {@code PageQuery.INVALID}
   * unless given once, from {@code least} to {@code most}.
   */
  public static CodeBlock number(
      String variable, CodeBlock values, Object byDefault, int least, String most) {
    return CodeBlock.of(
        "long $N = $T.number($L, $L, $L, $N)",
        variable,
        PageQuery.class,
        values,
        byDefault,
        least,
        most);
  }
}
