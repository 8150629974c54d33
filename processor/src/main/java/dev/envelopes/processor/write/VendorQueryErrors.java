package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.envelopes.LinkQuery;
import dev.envelopes.processor.convention.VendorConvention;

/**
 * What the vendor style tells a request whose query it refuses, in every binding: what its checks
 * of the query are, and the error detail of each refused paging parameter, which the generated code
 * adds to its list {@code errors} through {@code responses.detail(code, message, attribute)}.
 */
public final class VendorQueryErrors {

  private VendorQueryErrors() {}

  /**
   * The javadoc of the class that checks the query; {@code reached} names the method the request
   * reached and when it is checked, in the framework's words.
   */
  public static CodeBlock checksJavadoc(String reached) {
    return CodeBlock.of(
        """
Checks the query of a request to a vendor $L: every parameter must be
one the method takes ({@code unsupported_param} otherwise), the {@code $L} one it offers, and each
{@code $L} one it can side-load ({@code invalid_attribute} otherwise).
""",
        reached,
        VendorConvention.VIEW,
        VendorConvention.INCLUDE);
  }

  /** {@code errors.add(...)} for a cursor the method did not sign. */
  public static CodeBlock cursorRefused(ClassName responses) {
    return invalid(
        responses, CodeBlock.of("$S", VendorConvention.CURSOR_PROBLEM), VendorConvention.CURSOR);
  }

  /** {@code errors.add(...)} for a limit out of range, which says {@code maxLimit}. */
  public static CodeBlock limitRefused(ClassName responses) {
    return invalid(
        responses,
        CodeBlock.of("$S + maxLimit", VendorConvention.LIMIT_PROBLEM),
        VendorConvention.LIMIT);
  }

  /** {@code errors.add(...)}: an {@code invalid_attribute} detail that says {@code message}. */
  private static CodeBlock invalid(ClassName responses, CodeBlock message, String attribute) {
    return CodeBlock.of(
        "errors.add($T.detail($S, $L, $S))",
        responses,
        VendorConvention.INVALID_ATTRIBUTE,
        message,
        attribute);
  }

  /**
   * Adds an error for each parameter that {@code linked} repeats whose value would make the next
   * link too long; {@code query} is the generated expression of what the client sent.
   */
  public static CodeBlock linkTooLong(CodeBlock query, ClassName responses) {
    return CodeBlock.of(
        "linked.tooLong($L, $S, $S)\n"
            + ".ifPresent(name -> errors.add($T.detail($S, name + \" \" + $T.TOO_LONG, name)))",
        query,
        VendorConvention.CURSOR,
        VendorConvention.LIMIT,
        responses,
        VendorConvention.INVALID_ATTRIBUTE,
        LinkQuery.class);
  }
}
