package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The styles an API answers in on Spring MVC, and how an answer picks the request's: directly when
 * the API has one style; else a {@code switch} on the request's style, the API's default style
 * answering in the {@code default} branch.
 */
final class StyleSwitch {

  private final ApiPlan plan;
  private final List<SpringStyle> styles;
  private final SpringStyle fallback;

  private StyleSwitch(ApiPlan plan, List<SpringStyle> styles, SpringStyle fallback) {
    this.plan = plan;
    this.styles = styles;
    this.fallback = fallback;
  }

  /** The styles of {@code plan}. */
  static StyleSwitch of(ApiPlan plan, SpringNames names) {
    List<SpringStyle> styles = new ArrayList<>();
    SpringStyle fallback = null;
    Convention defaultConvention = plan.exceptions().defaultConvention();
    for (Convention convention : plan.conventions()) {
      SpringStyle style = SpringStyle.of(convention, names, plan);
      styles.add(style);
      if (convention.style() == defaultConvention.style()) {
        fallback = style;
      }
    }
    return new StyleSwitch(
        plan,
        List.copyOf(styles),
        fallback != null ? fallback : SpringStyle.of(defaultConvention, names, plan));
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

  /**
   * Whether the endpoint of {@code endpoint} holds the key of its cursors: every endpoint that
   * signs them, in every style, built with the application's properties when it starts, so that a
   * bad key stops it.
   */
  boolean holdsCursorKey(EndpointPlan endpoint) {
    return endpoint.signsCursors();
  }

  /** Whether an endpoint of {@code controller} holds the key of its cursors. */
  boolean holdsCursorKeys(ResourcePlan controller) {
    return controller.endpoints().stream().anyMatch(this::holdsCursorKey);
  }

  /**
   * Whether the API signs cursors: the endpoints are then built with the application's properties,
   * which warn, once, when they configure no key.
   */
  boolean signsCursors() {
    return plan.signsCursors();
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
