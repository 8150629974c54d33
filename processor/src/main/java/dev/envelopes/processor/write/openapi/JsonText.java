package dev.envelopes.processor.write.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a tree of plain values as JSON text: a {@code Map<String, ?>} is an object in its
 * iteration order (so a {@code LinkedHashMap} or a sorted map), a {@code List} an array, and {@code
 * String}, {@code Number}, {@code Boolean} and {@code null} themselves. Two-space indent, {@code
 * \n} line ends, a final newline, strings escaped as RFC 8259 requires. Written by hand so that the
 * processor needs no JSON library of its own beside the user's.
 */
final class JsonText {

  private static final String INDENT = "  ";

  private JsonText() {}

  /** {@code value} as JSON text, ending in a newline. */
  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, "");
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number number) {
      out.append(number(number));
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, indent);
    } else if (value instanceof List<?> list) {
      array(out, list, indent);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + INDENT;
    out.append("{\n");
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append(inner);
      string(out, (String) entry.getKey());
      out.append(": ");
      write(out, entry.getValue(), inner);
    }
    out.append('\n').append(indent).append('}');
  }

  private static void array(StringBuilder out, List<?> list, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + INDENT;
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      out.append(inner);
      write(out, list.get(i), inner);
    }
    out.append('\n').append(indent).append(']');
  }

  /** A finite number as JSON writes it: no {@code NaN} or infinity, which JSON has not. */
  private static String number(Number number) {
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("Not a JSON number: " + number);
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : number.toString();
  }

  /**
   * {@code text} quoted, with {@code "}, {@code \} and the control characters escaped; the runs
   * between them are copied whole, not character by character.
   */
  static void string(StringBuilder out, String text) {
    out.append('"');
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      String escaped = escaped(text, i);
      if (escaped != null) {
        out.append(text, copied, i).append(escaped);
        copied = i + 1;
      }
    }
    out.append(text, copied, text.length()).append('"');
  }

  /**
   * How JSON writes the character at {@code i} in a string, where it cannot be written as itself;
   * else null. Besides what RFC 8259 requires, a lone surrogate, which UTF-8 cannot encode (its
   * encoder would write {@code ?}); U+2028 and U+2029 are valid JSON as they are.
   */
  private static String escaped(String text, int i) {
    char c = text.charAt(i);
    if (isLoneSurrogate(text, i)) {
      return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
    };
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
