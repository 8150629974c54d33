package dev.envelopes.processor.convention;

import dev.envelopes.Style;

/**
 * One house response convention: everything the processor knows about its wire, answered for
 * reading, validation, planning and every framework binding. There is one implementation per
 * {@link Style}, and {@link Conventions#of} is the only place that maps a style to it.
 *
 * <p>A binding that renders something different per convention asks with a {@link Visitor}, so
 * that adding a convention is a compile error in every binding that has not learnt it yet.
 */
public interface Convention {

  /** The style users name in {@code @EnvelopeStyle} and {@code @EnvelopeApi}. */
  default Style style() {
    return Conventions.styleOf(this);
  }

  /** The convention as a phrase for messages and generated javadoc, such as "the meta envelope". */
  String phrase();

  /**
   * Where the project's documentation describes the convention, such as {@code
   * docs/styles/meta.md}: named, not linked, in generated javadoc, which cannot link to a file of
   * the project.
   */
  default String page() {
    return "docs/styles/" + style().name().toLowerCase(java.util.Locale.ROOT) + ".md";
  }

  /** Calls the visitor's method for this convention. */
  <R> R accept(Visitor<R> visitor);

  /** A question whose answer is written once per convention. */
  interface Visitor<R> {
    R meta(MetaConvention meta);

    R bare(BareConvention bare);

    R status(StatusConvention status);

    R vendor(VendorConvention vendor);
  }

  /**
   * Whether the convention's answers carry links ({@code pagination}, {@code Location}, {@code
   * Link}), which are made after the link base the application configured.
   */
  boolean answersWithLinks();

  /**
   * Whether a paged endpoint of the convention pages by a signed cursor, and so needs the
   * application's cursor key.
   */
  boolean pagesBySignedCursor();
}
