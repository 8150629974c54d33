package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.SourceFiles;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the dynamic feature of one resource class, which gives each of its enveloped methods the
 * filters that check its request and wrap its answer, as the method's {@link EndpointPlan} says.
 */
final class ResourceEnvelopesWriter {

  private final GeneratedNames names;
  private final EndpointWriter endpoints;

  ResourceEnvelopesWriter(GeneratedNames names, StatusTable statuses) {
    this.names = names;
    this.endpoints = new EndpointWriter(names, statuses);
  }

  /** The dynamic feature of the resource class. */
  TypeSpec feature(ResourcePlan planned) {
    ResourceModel resource = planned.resource();
    ClassName self = GeneratedNames.resourceFeature(resource);
    MethodSpec.Builder configure =
        MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(LibraryTypes.RESOURCE_INFO, "resourceInfo")
            .addParameter(LibraryTypes.FEATURE_CONTEXT, "context")
            .addCode(matchesResourceClass(resource))
            .beginControlFlow("switch (resourceInfo.getResourceMethod().getName())");
    TypeSpec.Builder feature =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.DYNAMIC_FEATURE)
            .addJavadoc(
                "Answers the enveloped methods of {@link $T} in $L.\n\n"
                    + "<p>{@link $T} registers it; at startup Jakarta REST asks it about each"
                    + " resource method, and it\ngives each enveloped method the filters below. A"
                    + " {@code @Provider} too, for the runtimes\nthat find providers by their"
                    + " annotation and take no dynamic feature from a feature, such\nas"
                    + " Quarkus.\n",
                resource.type(),
                styleDescription(planned),
                names.feature())
            .addAnnotation(SourceFiles.generated())
            .addAnnotation(LibraryTypes.PROVIDER);
    for (EndpointPlan plan : planned.endpoints()) {
      EndpointModel endpoint = plan.endpoint();
      ClassName endpointClass = self.nestedClass(GeneratedNames.endpointClassName(endpoint));
      if (plan.signsCursors()) {
        configure.addStatement(
            "case $S -> context.register(new $T($L))",
            endpoint.name(),
            endpointClass,
            CursorSigning.configuredKey(resource, endpoint));
      } else {
        configure.addStatement(
            "case $S -> context.register(new $T())", endpoint.name(), endpointClass);
      }
      feature.addType(endpoints.endpoint(plan, endpointClass));
    }
    configure.endControlFlow();
    return feature.addMethod(configure.build()).build();
  }

  /**
   * Returns from {@code configure} unless Jakarta REST asks about a method of the resource class:
   * the class itself for a root resource; for a sub-resource, whatever class of it the locator's
   * object has.
   */
  private static CodeBlock matchesResourceClass(ResourceModel resource) {
    String differs =
        resource.subResource()
            ? "if (!$T.class.isAssignableFrom(resourceInfo.getResourceClass()))"
            : "if (resourceInfo.getResourceClass() != $T.class)";
    return CodeBlock.builder()
        .beginControlFlow(differs, resource.type())
        .addStatement("return")
        .endControlFlow()
        .build();
  }

  private static String styleDescription(ResourcePlan resource) {
    List<Convention> conventions = resource.conventions();
    return conventions.size() > 1 ? "the style each chooses" : conventions.get(0).phrase();
  }
}
