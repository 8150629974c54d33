package dev.envelopes.processor.convention;

import dev.envelopes.Style;
import java.util.function.Function;

/**
 * One house response convention: everything the processor knows about its wire, answered for
 * reading, validation, planning and every framework binding. There is one implementation per
 * {@link Style}, and {@link Conventions#of} is the only place that maps a style to it.
 *
 * <p>A binding that renders something different per convention asks with a {@link Visitor}, or
 * with {@link #choose} where a lambda per convention says it, so that adding a convention is a
 * compile error in every binding that has not learnt it yet.
 */
public interface Convention extends ErrorWording {

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
  default <R> R accept(Visitor<R> visitor) {
    return choose(visitor::meta, visitor::bare, visitor::status, visitor::vendor);
  }

  /**
   * The answer of the function for this convention, which it is given as its own type: for an
   * answer per convention that a lambda says, such as which of a binding's classes renders it.
   */
  default <R> R choose(
      Function<MetaConvention, R> meta,
      Function<BareConvention, R> bare,
      Function<StatusConvention, R> status,
      Function<VendorConvention, R> vendor) {
    return Conventions.choose(this, meta, bare, status, vendor);
  }

  /** A question whose answer is written once per convention. */
  interface Visitor<R> {
    R meta(MetaConvention meta);

    R bare(BareConvention bare);

    R status(StatusConvention status);

    R vendor(VendorConvention vendor);
  }

  /** The annotation that chooses the convention, as a user writes it on a class or a method. */
  default String annotation() {
    return "@EnvelopeStyle(Style." + style().name() + ")";
  }

  /** The query parameters a paged method is asked for a page by, and what they mean. */
  PagingParameters pagingParameters();

  /**
   * Whether the answer to a {@code PATCH} carries what the method returns; where it does not, a
   * {@code PATCH} method must return nothing.
   */
  default boolean patchAnswersData() {
    return true;
  }

  /**
   * Whether a method may offer views ({@code ?view=}) and side-load related records ({@code
   * ?include=}); elsewhere those declarations are mistakes.
   */
  default boolean answersViewsAndRelated() {
    return false;
  }

  /**
   * Whether the API's answers in this convention need the API's {@code @VendorConvention}: its
   * vendor media type, its version and where its error codes are documented.
   */
  default boolean needsVendorDeclaration() {
    return false;
  }

  /**
   * Whether answers put {@code java.time} values on the wire as ISO-8601 whatever the application's
   * JSON mapper does with them; otherwise dates are the mapper's to write.
   */
  default boolean writesIsoDateTimes() {
    return false;
  }

  /**
   * Whether answers carry absolute links ({@code Location}, links to other pages), which are made
   * from the base the application configured rather than from the request's {@code Host}.
   */
  default boolean answersWithLinks() {
    return true;
  }

  /**
   * Whether a paged endpoint of the convention pages by a signed cursor, and so needs the
   * application's cursor key.
   */
  default boolean pagesBySignedCursor() {
    return pagingParameters().scheme() == PagingScheme.CURSOR;
  }

  /**
   * The key the id of a resource a method created goes under in the answer: {@code data} where the
   * answer is an envelope, or a key of its own.
   */
  String createdIdKey();
}
