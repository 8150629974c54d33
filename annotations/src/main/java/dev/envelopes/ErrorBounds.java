package dev.envelopes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How much of a request one error answer may repeat, so that no request, however large or hostile,
 * makes a large error body: an answer lists at most {@value #LISTED} problems, then one entry that
 * says how many more there are; a name keeps at most {@value #NAME_BYTES} bytes, a message about
 * one field {@value #FIELD_MESSAGE_BYTES} and any other message {@value #MESSAGE_BYTES}, counted
 * as written in JSON at their worst ({@code \u0001} is six bytes) and cut with an ellipsis. With
 * these, no error body of any style reaches 16 KB. The generated error answers call it.
 */
public final class ErrorBounds {

  /** How many problems an answer lists before the one entry that counts the rest. */
  public static final int LISTED = 5;

  /** The JSON bytes a name from the request keeps: a field, parameter or attribute. */
  public static final int NAME_BYTES = 64;

  /** The JSON bytes a message about one field keeps, such as a validation message. */
  public static final int FIELD_MESSAGE_BYTES = 128;

  /** The JSON bytes any other message keeps, such as an exception's message for clients. */
  public static final int MESSAGE_BYTES = 1024;

  private static final String ELLIPSIS = "\u2026";

  /** The most bytes one character takes in JSON: an escape such as {@code \\u0001}. */
  private static final int WORST_CHAR_BYTES = 6;

  private ErrorBounds() {}

  /** {@code name} cut to {@link #NAME_BYTES}; {@code null} stays {@code null}. */
  public static String name(String name) {
    return cut(name, NAME_BYTES);
  }

  /** {@code message} cut to {@link #FIELD_MESSAGE_BYTES}; {@code null} stays {@code null}. */
  public static String fieldMessage(String message) {
    return cut(message, FIELD_MESSAGE_BYTES);
  }

  /** {@code message} cut to {@link #MESSAGE_BYTES}; {@code null} stays {@code null}. */
  public static String message(String message) {
    return cut(message, MESSAGE_BYTES);
  }

  /**
   * {@code problems} as an answer lists them: all of them when they are at most one more than
   * {@link #LISTED} (an entry that counts one problem would hide it for nothing), else the first
   * {@link #LISTED} and {@code more} of how many follow.
   */
  public static <T> List<T> listed(List<T> problems, IntFunction<T> more) {
    return listed(problems, problems.size(), more);
  }

  /**
   * As {@link #listed(List, IntFunction)}, for a caller that stopped collecting problems after
   * {@link #LISTED} + 1 of them and counted {@code total}.
   */
  public static <T> List<T> listed(List<T> firstProblems, int total, IntFunction<T> more) {
    if (total <= LISTED + 1 && firstProblems.size() == total) {
      return firstProblems;
    }
    List<T> listed = new ArrayList<>(firstProblems.subList(0, LISTED));
    listed.add(more.apply(total - LISTED));
    return List.copyOf(listed);
  }

  /** Whether a caller that counts problems should still collect the one it has found. */
  public static boolean collects(int collected) {
    return collected <= LISTED;
  }

  /** The sentence of the entry that stands for {@code count} problems not listed. */
  public static String more(int count) {
    return count + " more problems are not listed.";
  }

  /**
   * {@code text} as it is when it costs at most {@code bytes} in JSON, else its longest start that
   * does, with the ellipsis, without splitting a surrogate pair.
   */
  static String cut(String text, int bytes) {
    if (text == null || text.length() <= bytes / WORST_CHAR_BYTES) {
      return text;
    }
    int budget = bytes - WORST_CHAR_BYTES;
    int cost = 0;
    int end = 0;
    int fits = -1;
    while (end < text.length()) {
      cost += costOf(text.charAt(end));
      if (cost > budget && fits < 0) {
        fits = end;
      }
      if (cost > bytes) {
        break;
      }
      end++;
    }
    if (end == text.length()) {
      return text;
    }
    if (fits > 0 && Character.isLowSurrogate(text.charAt(fits))) {
      fits--;
    }
    return text.substring(0, Math.max(fits, 0)) + ELLIPSIS;
  }

  /** The most bytes {@code c} takes in JSON: printable ASCII as itself, else an escape. */
  private static int costOf(char c) {
    if (c == '"' || c == '\\') {
      return 2;
    }
    return c >= 0x20 && c < 0x7f ? 1 : WORST_CHAR_BYTES;
  }
}
