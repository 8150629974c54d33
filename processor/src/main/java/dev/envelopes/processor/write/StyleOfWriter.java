package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.Style;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.plan.ResourceStyles;

/**
 * Renders the end of {@code styleOf}: the style a failed request answers in, from the resource
 * method it reached, as the plan's {@link ResourceStyles} say. Each binding finds that method its
 * framework's way, and asks the path for a request that reached none.
 */
public final class StyleOfWriter {

  private StyleOfWriter() {}

  /**
   * Ends {@code method}, which has found the {@code resource} class and the {@code method} the
   * request reached: returns the style they answer in.
   */
  public static MethodSpec byResource(MethodSpec.Builder method, ExceptionPlan plan) {
    Style fallback = plan.defaultConvention().style();
    for (ResourceStyles resource : plan.resourceStyles()) {
      // A runtime may report a subclass it made of the resource, such as Quarkus's for
      // interceptors.
      method.beginControlFlow("if ($T.class.isAssignableFrom(resource))", resource.resource());
      if (resource.whole().isPresent()) {
        method.addStatement("return $T.$L", RuntimeTypes.STYLE, resource.whole().get().name());
      } else {
        CodeBlock.Builder cases =
            CodeBlock.builder().add("return switch (method.getName()) {\n").indent();
        for (ResourceStyles.MethodStyle endpoint : resource.methods()) {
          cases.add("case $S -> $T.$L;\n", endpoint.method(), RuntimeTypes.STYLE, endpoint.style());
        }
        method.addCode(
            cases
                .add("default -> $T.$L;\n", RuntimeTypes.STYLE, fallback.name())
                .unindent()
                .add("};\n")
                .build());
      }
      method.endControlFlow();
    }
    return method.addStatement("return $T.$L", RuntimeTypes.STYLE, fallback.name()).build();
  }
}
