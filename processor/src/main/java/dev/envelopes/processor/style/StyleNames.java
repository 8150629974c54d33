package dev.envelopes.processor.style;

import dev.envelopes.Style;

/** How generated javadoc names a style, in one place. */
public final class StyleNames {

  private StyleNames() {}

  /** The style as a phrase, such as {@code "the meta envelope"}. */
  public static String of(Style style) {
    return switch (style) {
      case META -> "the meta envelope";
      case BARE -> "the bare style";
      case STATUS -> "the status envelope";
      case VENDOR -> "the vendor style";
    };
  }
}
