package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.EndpointPlans;
import dev.envelopes.processor.write.SourceFiles;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Renders the one feature a user registers: it registers everything else Envelopes generated. */
final class FeatureWriter {

  /** The Jersey property that keeps a relative {@code Location} as the application wrote it. */
  private static final String JERSEY_KEEPS_RELATIVE_LOCATION =
      "jersey.config.server.headers.location.relative.resolution.disabled";

  private FeatureWriter() {}

  static TypeSpec render(ApiModel api, GeneratedNames names) {
    List<ClassName> aheadMappers = ExceptionMapperWriter.aheadOfLibraryMappers(api, names);
    MethodSpec.Builder configure =
        MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(LibraryTypes.FEATURE_CONTEXT, "context");
    for (ResourceModel resource : api.resourcesWithEndpoints()) {
      configure.addStatement(
          "context.register(new $T())", GeneratedNames.resourceFeature(resource));
    }
    if (api.resources().stream()
        .flatMap(
            resource ->
                resource.endpoints().stream()
                    .map(endpoint -> EndpointPlans.of(resource, endpoint)))
        .anyMatch(EndpointPlan::signsCursors)) {
      configure.addStatement(
          "$T.warnIfMissing(context.getConfiguration().getProperty($T.PROPERTY))",
          LibraryTypes.CURSOR_KEY,
          LibraryTypes.CURSOR_KEY);
    }
    configure.addStatement("context.register(new $T())", names.exceptionMapper());
    configure
        .addStatement(
            "context.register(new $T(), $T.HEADER_DECORATOR)",
            HeadersWriter.parsable(names),
            LibraryTypes.PRIORITIES)
        .addStatement("context.register(new $T())", HeadersWriter.noSniff(names));
    if (PublicLinksWriter.needed(api)) {
      configure.addStatement(
          "context.register(new $T($T.of(context.getConfiguration()::getProperty)))",
          names.publicLinks(),
          LibraryTypes.LINK_BASE);
      // Jersey would make a relative Location absolute with the request's Host; other runtimes
      // ignore the property.
      configure.addStatement("context.property($S, true)", JERSEY_KEEPS_RELATIVE_LOCATION);
    }
    for (Style style : api.styles()) {
      for (ClassName filter : SupportFilesWriter.requestFilters(Conventions.of(style), names)) {
        configure.addStatement("context.register(new $T())", filter);
      }
    }
    for (ClassName mapper : aheadMappers) {
      configure.addStatement("context.register(new $T(), AHEAD_OF_LIBRARY_MAPPERS)", mapper);
    }
    configure.addStatement("return true");

    TypeSpec.Builder feature =
        TypeSpec.classBuilder(names.feature())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.FEATURE)
            .addJavadoc(
                "Answers the API's enveloped resources in $L: register it once, for example"
                    + " with\n{@code new ResourceConfig().register($T.class)}. It registers the"
                    + " filters of each\nenveloped resource and the exception mapper.\n\n<p>What"
                    + " the wire looks like is described in the Envelopes documentation:\n$L.\n",
                styleDescription(api),
                names.feature(),
                stylePages(api))
            .addAnnotation(SourceFiles.generated());
    if (!aheadMappers.isEmpty()) {
      feature.addField(
          FieldSpec.builder(
                  TypeName.INT,
                  "AHEAD_OF_LIBRARY_MAPPERS",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The priority of the mappers that answer the JSON and validation libraries'"
                      + " exceptions: ahead\nof the libraries' own mappers for the same classes,"
                      + " which are registered at the default\npriority, and behind any mapper of"
                      + " yours registered with a higher one.\n")
              .initializer("$T.USER - 1000", LibraryTypes.PRIORITIES)
              .build());
    }
    return feature.addMethod(configure.build()).build();
  }

  /** The documentation page of each style the API answers in, in the order of {@link Style}. */
  private static String stylePages(ApiModel api) {
    return api.styles().stream()
        .map(style -> Conventions.of(style).phrase() + " in {@code " + Conventions.of(style).page() + "}")
        .collect(Collectors.joining(",\n"));
  }

  /** The style or styles the API answers in, for the feature's javadoc. */
  private static String styleDescription(ApiModel api) {
    if (api.styles().size() > 1) {
      return "their styles";
    }
    return Conventions.of(api.styles().iterator().next()).phrase();
  }
}
