package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.plan.ApiPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The styles an API answers in on Spring MVC, and how an answer picks the request's: directly when
 * the API has one style; else a {@code switch} on the request's style, the API's default style
 * answering in the {@code default} branch.
 */
final class StyleSwitch {

  private final List<SpringStyle> styles;
  private final SpringStyle fallback;

  private StyleSwitch(List<SpringStyle> styles, SpringStyle fallback) {
    this.styles = styles;
    this.fallback = fallback;
  }

  /** The styles of {@code plan}, each of which this binding renders. */
  static StyleSwitch of(ApiPlan plan, SpringNames names) {
    List<SpringStyle> styles = new ArrayList<>();
    SpringStyle fallback = null;
    Convention defaultConvention = plan.exceptions().defaultConvention();
    for (Convention convention : plan.conventions()) {
      SpringStyle style = rendered(convention, names, plan);
      styles.add(style);
      if (convention.style() == defaultConvention.style()) {
        fallback = style;
      }
    }
    return new StyleSwitch(
        List.copyOf(styles),
        fallback != null ? fallback : rendered(defaultConvention, names, plan));
  }

  static SpringStyle rendered(Convention convention, SpringNames names, ApiPlan plan) {
    return SpringStyle.of(convention, names, plan)
        .orElseThrow(
            () -> new IllegalStateException(convention.phrase() + " is not rendered on Spring"));
  }

  /** The answers in {@code convention}, one of the API's. */
  SpringStyle of(Convention convention) {
    for (SpringStyle style : styles) {
      if (style.convention().style() == convention.style()) {
        return style;
      }
    }
    throw new IllegalArgumentException(convention.phrase() + " is not one of the API's styles");
  }

  /** Every style, in the order of their styles. */
  List<SpringStyle> styles() {
    return styles;
  }

  /** Whether answers pick a style per request. */
  boolean mixed() {
    return styles.size() > 1;
  }

  /**
   * {@code return expression;}, as code: a {@code switch} in it keeps its own indentation, as a
   * statement would not.
   */
  static CodeBlock returning(CodeBlock expression) {
    return CodeBlock.of("return $L;\n", expression);
  }

  /**
   * The expression that answers in the style {@code styleOf} (a {@code Style} expression) names,
   * each style's answer made by {@code answer}.
   */
  CodeBlock pick(CodeBlock styleOf, Function<SpringStyle, CodeBlock> answer) {
    if (!mixed()) {
      return answer.apply(fallback);
    }
    CodeBlock.Builder cases = CodeBlock.builder().add("switch ($L) {\n$>", styleOf);
    for (SpringStyle style : styles) {
      if (style != fallback) {
        cases.add("case $L -> $L;\n", style.convention().style().name(), answer.apply(style));
      }
    }
    return cases.add("default -> $L;\n$<}", answer.apply(fallback)).build();
  }
}
