package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;

/**
 * The paging class every binding renders for each style, with the framework's parts passed in: its
 * shape, and the rules its javadoc states alike in the framework's words.
 */
public final class PagingClasses {

  private PagingClasses() {}

  /**
   * The paging class {@code self}, described by {@code javadoc} with {@code args}: a support class
   * of static methods that keeps the checked page where {@code checkedPage}, the binding's constant,
   * names it.
   */
  public static TypeSpec.Builder pagingClass(
      ClassName self, FieldSpec checkedPage, String javadoc, Object... args) {
    return Members.supportClass(self)
        .addJavadoc(javadoc, args)
        .addField(checkedPage)
        .addMethod(Members.privateConstructor());
  }

  /**
   * The status style's paging rules, a paragraph of its paging class's javadoc: {@code
   * defaultValue} is what gives a parameter its default, and {@code method} what the checks guard.
   */
  public static CodeBlock statusRules(String defaultValue, String method) {
    return CodeBlock.of(
        """
<p>An absent or empty parameter takes its default: page 1, and the {@code $L} of the
method's {@code $L} parameter. Any other value must be given once, as a plain whole number
({@code 0-9}, at most 19 digits) from 1 up; otherwise the request is answered with a 422 failure
naming the parameter, and the $L is not called. A page past the last is answered
with no records and the true totals.
""",
        defaultValue,
        StatusConvention.PER_PAGE,
        method);
  }
}
