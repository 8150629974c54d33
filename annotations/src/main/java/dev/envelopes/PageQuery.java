package dev.envelopes;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
   * {@code request} without the paging parameters in {@code names} that it gives once, with an
   * empty value: those mean the same as absent ({@link #number}, {@link #cursor}), and the
   * generated code drops them before the request is matched to a resource method. A runtime
   * converts the method's own {@code int} or {@code long} parameter from the query, and the
   * Jakarta REST specification answers 404 to an empty number; some runtimes take it as the
   * default instead. A parameter given more than once is left for the checks to refuse.
   *
   * @param request the request's absolute URI, as the client sent it
   * @param names the decoded names of the API's paging parameters
   * @return the URI without them, or {@code request} itself when it gives none of them empty
   */
  public static URI withoutEmpty(URI request, Set<String> names) {
    String query = request.getRawQuery();
    if (query == null) {
      return request;
    }
    String[] pairs = query.split("&", -1);
    String[] pagingNames = new String[pairs.length];
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < pairs.length; i++) {
      int equals = pairs[i].indexOf('=');
      String name = decodedName(equals < 0 ? pairs[i] : pairs[i].substring(0, equals));
      if (name != null && names.contains(name)) {
        pagingNames[i] = name;
        given.merge(name, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < pairs.length; i++) {
      int equals = pairs[i].indexOf('=');
      boolean empty = equals < 0 || equals == pairs[i].length() - 1;
      if (pagingNames[i] == null || given.get(pagingNames[i]) > 1 || !empty) {
        kept.add(pairs[i]);
      }
    }
    if (kept.size() == pairs.length) {
      return request;
    }
    String uri = request.toString();
    String beforeQuery = uri.substring(0, uri.indexOf('?'));
    return URI.create(kept.isEmpty() ? beforeQuery : beforeQuery + "?" + String.join("&", kept));
  }

  /**
   * {@code query} without the paging parameters in {@code names} that it gives once, with an empty
   * value, as {@link #withoutEmpty(URI, Set)} drops them from a URI: for a binding whose checks read
   * the query the client sent, so that they take such a parameter as absent, as the Jakarta REST
   * binding does by dropping it before the request is matched.
   *
   * @param query the request's query parameters, decoded, each name with its values in order;
   *     changed in place
   * @param names the decoded names of the API's paging parameters
   * @return {@code query}
   */
  public static Map<String, List<String>> withoutEmpty(
      Map<String, List<String>> query, Set<String> names) {
    query
        .entrySet()
        .removeIf(
            parameter ->
                names.contains(parameter.getKey())
                    && parameter.getValue().size() == 1
                    && parameter.getValue().get(0).isEmpty());
    return query;
  }

  /** A query parameter's name, decoded; {@code null} when it holds a malformed escape. */
  private static String decodedName(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return null;
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
