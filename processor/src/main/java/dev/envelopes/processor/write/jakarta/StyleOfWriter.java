package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.plan.ResourceStyles;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code styleOf}: the style a failed request answers in, from the resource method it
 * reached, as the plan's {@link ResourceStyles} say; the path decides for a request that reached
 * none.
 */
final class StyleOfWriter {

  private StyleOfWriter() {}

  static MethodSpec styleOf(ExceptionPlan plan) {
    Style fallback = plan.defaultConvention().style();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("styleOf")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(LibraryTypes.STYLE)
            .addJavadoc(
                "The style of the resource method the request reached, as its annotations chose"
                    + " it; for a\nrequest that reached none, such as one for an unknown path,"
                    + " that of the resource its path\nmatches.\n")
            .addParameter(LibraryTypes.RESOURCE_INFO, "resourceInfo")
            .addParameter(LibraryTypes.URI_INFO, "uriInfo")
            .addStatement(
                "$T resource = resourceInfo.getResourceClass()",
                ParameterizedTypeName.get(
                    ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
            .addStatement(
                "$T method = resourceInfo.getResourceMethod()",
                ClassName.get(java.lang.reflect.Method.class))
            .beginControlFlow("if (resource == null || method == null)")
            .addStatement("return styleOfPath(uriInfo.getPath())")
            .endControlFlow();
    for (ResourceStyles resource : plan.resourceStyles()) {
      // A runtime may report a subclass it made of the resource, such as Quarkus's for
      // interceptors.
      method.beginControlFlow("if ($T.class.isAssignableFrom(resource))", resource.resource());
      if (resource.whole().isPresent()) {
        method.addStatement("return $T.$L", LibraryTypes.STYLE, resource.whole().get().name());
      } else {
        CodeBlock.Builder cases =
            CodeBlock.builder().add("return switch (method.getName()) {\n").indent();
        for (ResourceStyles.MethodStyle endpoint : resource.methods()) {
          cases.add("case $S -> $T.$L;\n", endpoint.method(), LibraryTypes.STYLE, endpoint.style());
        }
        method.addCode(
            cases
                .add("default -> $T.$L;\n", LibraryTypes.STYLE, fallback.name())
                .unindent()
                .add("};\n")
                .build());
      }
      method.endControlFlow();
    }
    return method.addStatement("return $T.$L", LibraryTypes.STYLE, fallback.name()).build();
  }
}
