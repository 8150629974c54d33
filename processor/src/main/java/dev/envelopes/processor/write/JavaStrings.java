package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.Locale;

/**
 * The user's strings as Java string literals, however unusual their characters.
 *
 * <p>JavaPoet's {@code $S} escapes the control characters, but leaves U+2028 and U+2029 as they are
 * and then breaks the line at them, as at a {@code \n} (it splits what it writes at {@code \R}),
 * which leaves the literal unclosed; and it leaves a lone surrogate, which the {@code Filer}'s UTF-8
 * encoder then writes as {@code ?}, so the literal no longer holds the user's string. {@link #of}
 * writes those three as Unicode escapes, and any other string exactly as {@code $S} does; {@link
 * SourceFiles} escapes any lone surrogate left in a file, such as one in a comment.
 */
public final class JavaStrings {

  private JavaStrings() {}

  /** {@code text} as a string literal: {@code $S} of it, unless it needs more escapes. */
  public static CodeBlock of(String text) {
    if (!needsUnicodeEscapes(text)) {
      return CodeBlock.of("$S", text);
    }
    StringBuilder literal = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      literal.append(
          switch (c) {
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default ->
                Character.isISOControl(c) || escaped(text, i)
                    ? unicodeEscape(c)
                    : String.valueOf(c);
          });
    }
    return CodeBlock.of("$L", literal.append('"'));
  }

  /**
   * {@code source} with each lone surrogate written as its Unicode escape, which Java reads back as
   * that character anywhere in a file; {@code source} itself when it has none.
   */
  static String withLoneSurrogatesEscaped(String source) {
    StringBuilder escaped = null;
    int copied = 0;
    for (int i = 0; i < source.length(); i++) {
      if (isLoneSurrogate(source, i)) {
        if (escaped == null) {
          escaped = new StringBuilder(source.length() + 16);
        }
        escaped.append(source, copied, i).append(unicodeEscape(source.charAt(i)));
        copied = i + 1;
      }
    }
    return escaped == null ? source : escaped.append(source, copied, source.length()).toString();
  }

  private static boolean needsUnicodeEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (escaped(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the character at {@code i} is one that {@code $S} leaves as it is, but must not. */
  private static boolean escaped(String text, int i) {
    char c = text.charAt(i);
    return c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i);
  }

  /** Whether the character at {@code i} is half of a surrogate pair without its other half. */
  static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  private static String unicodeEscape(char c) {
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }
}
