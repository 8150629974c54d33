package dev.envelopes;

import java.util.List;
import java.util.Map;

/**
 * How the generated paging checks read a page's query parameters, the same in every API: a plain
 * whole number (an offset, a limit, a page) and a signed cursor.
 *
 * <p>Generated code calls it before a paged resource method runs; what a refused value is answered
 * with is the style's, and stays in the generated code.
 */
public final class PageQuery {

  /** What {@link #number} answers for a value it refuses. */
  public static final long INVALID = -1;

  /** The most digits a number may have: {@link Long#MAX_VALUE} has 19. */
  private static final int MAX_DIGITS = 19;

  private PageQuery() {}

  /**
   * The value of a query parameter given at most once as a plain whole number from {@code min} to
   * {@code max}: {@code fallback} when it is absent or empty, and {@link #INVALID} when it is
   * anything else.
   *
   * @param values the parameter's values, {@code null} when absent
   * @param fallback the value of an absent or empty parameter
   * @param min the smallest value accepted, at least 0
   * @param max the largest value accepted
   * @return the number, {@code fallback}, or {@link #INVALID}
   */
  public static long number(List<String> values, long fallback, long min, long max) {
    if (values == null || values.isEmpty() || (values.size() == 1 && values.get(0).isEmpty())) {
      return fallback;
    }
    String value = values.get(0);
    if (values.size() > 1 || value.length() > MAX_DIGITS) {
      return INVALID;
    }
    for (int i = 0; i < value.length(); i++) {
      // Only ASCII digits: Long.parseLong would also take a sign and other scripts' digits.
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return INVALID;
      }
    }
    try {
      long number = Long.parseLong(value);
      return number < min || number > max ? INVALID : number;
    } catch (NumberFormatException overLongMaxValue) {
      return INVALID;
    }
  }

  /**
   * The cursor a request gives in its {@code cursor} parameter: the first page when the parameter
   * is absent or empty, {@code null} when it is given twice or is not a cursor {@code key} signed
   * for the same path parameters and filters, or it expired.
   *
   * @param key the key that signed the cursors of earlier answers
   * @param path the request's path parameters
   * @param query the request's query parameters, {@code cursor} among them
   * @return the cursor, {@link Cursor#FIRST}, or {@code null}
   */
  public static Cursor cursor(
      CursorKey key,
      Map<String, ? extends List<String>> path,
      Map<String, ? extends List<String>> query) {
    List<String> values = query.get("cursor");
    if (values == null || values.isEmpty()) {
      return Cursor.FIRST;
    }
    if (values.size() > 1) {
      return null;
    }
    try {
      return key.open(values.get(0), path, query);
    } catch (IllegalArgumentException notACursor) {
      return null;
    }
  }
}
