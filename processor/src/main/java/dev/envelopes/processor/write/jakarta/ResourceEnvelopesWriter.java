package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.EndpointCursorKeys;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.lang.model.element.Modifier;

/**
 * Renders the dynamic feature of one resource class, which gives each of its enveloped methods the
 * filters that check its request and wrap its answer, as the method's {@link EndpointPlan} says.
 */
final class ResourceEnvelopesWriter {

  private final GeneratedNames names;
  private final EndpointWriter endpoints;

  /**
   * The resource class whose dynamic feature says, once, that the application has no cursor key;
   * known by its name, which is quicker to compare than its whole plan.
   */
  private final ClassName warnsOfMissingKey;

  ResourceEnvelopesWriter(ApiPlan api) {
    this.names = api.names();
    this.endpoints = new EndpointWriter(names, api.statuses());
    this.warnsOfMissingKey = api.signsCursors() ? api.resources().get(0).resource().type() : null;
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
            .addParameter(LibraryTypes.FEATURE_CONTEXT, "context");
    TypeSpec.Builder feature =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.DYNAMIC_FEATURE)
            .addJavadoc(
                """
Answers the enveloped methods of {@link $T} in $L.

<p>{@link $T} registers it; at startup Jakarta REST asks it about each resource method, and it
gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
that find providers by their annotation and take no dynamic feature from a feature, such
as Quarkus.
""",
                resource.type(),
                styleDescription(planned),
                names.feature())
            .addAnnotation(SourceFiles.generated())
            .addAnnotation(LibraryTypes.PROVIDER);
    // The application's configuration is read here, not in the feature: a runtime configures
    // dynamic features after every feature, whose properties are then all there, while it may
    // configure the features themselves in any order.
    if (resource.type().equals(warnsOfMissingKey)) {
      warnOnceOfMissingKey(feature, configure);
    }
    configure.addCode(matchesResourceClass(resource));
    if (planned.answersWithLinks()) {
      // Ahead of the endpoint's filters, at the default priority, which make the links.
      configure.addStatement(
          "context.register(new $T($T.of(context.getConfiguration()::getProperty)),"
              + " $T.USER - 1)",
          names.publicLinks(),
          RuntimeTypes.LINK_BASE,
          LibraryTypes.PRIORITIES);
    }
    configure.beginControlFlow("switch (resourceInfo.getResourceMethod().getName())");
    for (EndpointPlan plan : planned.endpoints()) {
      EndpointModel endpoint = plan.endpoint();
      ClassName endpointClass = self.nestedClass(GeneratedNames.endpointClassName(endpoint));
      if (plan.signsCursors()) {
        configure.addStatement(
            "case $S -> context.register(new $T($L))",
            endpoint.name(),
            endpointClass,
            EndpointCursorKeys.configuredKey(
                resource, endpoint, CodeBlock.of("context.getConfiguration()::getProperty")));
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
   * Warns, when the first resource method of the application is configured, whatever its class, if
   * the application has no cursor key: once per start, as this feature is made once per start.
   */
  private static void warnOnceOfMissingKey(TypeSpec.Builder feature, MethodSpec.Builder configure) {
    // Final, like every field of generated code: the flag changes once, while the runtime starts.
    feature.addField(
        FieldSpec.builder(AtomicBoolean.class, "keyChecked", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Whether the application's cursor key was looked for already.\n")
            .initializer("new $T()", AtomicBoolean.class)
            .build());
    configure
        .beginControlFlow("if (keyChecked.compareAndSet(false, true))")
        .addStatement(
            "$T.warnIfMissing(context.getConfiguration().getProperty($T.PROPERTY))",
            RuntimeTypes.CURSOR_KEY,
            RuntimeTypes.CURSOR_KEY)
        .endControlFlow();
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
