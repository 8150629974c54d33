package dev.envelopes.processor.style;

import dev.envelopes.Style;
import java.util.Locale;

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

  /**
   * Where the project's documentation describes the style, such as {@code "docs/styles/meta.md"}:
   * named, not linked, in generated javadoc, which cannot link to a file of the project.
   */
  public static String page(Style style) {
    return "docs/styles/" + style.name().toLowerCase(Locale.ROOT) + ".md";
  }
}
