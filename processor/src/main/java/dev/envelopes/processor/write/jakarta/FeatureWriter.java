package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
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

  static TypeSpec render(ApiPlan plan) {
    GeneratedNames names = plan.names();
    List<ClassName> aheadMappers =
        ExceptionMapperWriter.aheadOfLibraryMappers(plan.exceptions(), names);
    MethodSpec.Builder configure =
        MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(LibraryTypes.FEATURE_CONTEXT, "context");
    for (ResourcePlan resource : plan.resources()) {
      configure.addStatement(
          "context.register(new $T())", GeneratedNames.resourceFeature(resource.resource()));
    }
    // Mappers by class, not instance: the runtime creates them and injects their @Context fields,
    // which the specification promises for classes, and Quarkus does only for classes.
    configure.addStatement("context.register($T.class)", names.exceptionMapper());
    configure
        .addStatement(
            "context.register(new $T(), $T.HEADER_DECORATOR)",
            HeadersWriter.parsable(names),
            LibraryTypes.PRIORITIES)
        .addStatement("context.register(new $T())", HeadersWriter.noSniff(names));
    if (plan.answersWithLinks()) {
      // Jersey would make a relative Location absolute with the request's Host; other runtimes
      // ignore the property.
      configure.addStatement("context.property($S, true)", JERSEY_KEEPS_RELATIVE_LOCATION);
    }
    if (!plan.pagingParameters().isEmpty()) {
      configure.addStatement("context.register(new $T())", names.emptyPagingParameters());
    }
    for (Convention convention : plan.conventions()) {
      for (ClassName filter : SupportFilesWriter.requestFilters(convention, names)) {
        configure.addStatement("context.register(new $T())", filter);
      }
    }
    for (ClassName mapper : aheadMappers) {
      configure.addStatement("context.register($T.class, AHEAD_OF_LIBRARY_MAPPERS)", mapper);
    }
    configure.addStatement("return true");

    TypeSpec.Builder feature =
        TypeSpec.classBuilder(names.feature())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.FEATURE)
            .addJavadoc(
                """
Answers the API's enveloped resources in $L: register it once, for example with
{@code new ResourceConfig().register($T.class)}. It registers the filters of each
enveloped resource and the exception mapper. A runtime that finds {@code @Provider} classes
itself, such as Quarkus, needs no registration.

<p>What the wire looks like is described in the Envelopes documentation:
$L.
""",
                styleDescription(plan.conventions()),
                names.feature(),
                stylePages(plan.conventions()))
            .addAnnotation(SourceFiles.generated())
            .addAnnotation(LibraryTypes.PROVIDER);
    if (!aheadMappers.isEmpty()) {
      feature.addField(
          FieldSpec.builder(
                  TypeName.INT,
                  "AHEAD_OF_LIBRARY_MAPPERS",
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  """
The priority of the mappers that answer the JSON and validation libraries' exceptions: ahead
of the libraries' own mappers for the same classes, which are registered at the default
priority, and behind any mapper of yours registered with a higher one.
""")
              .initializer("$T.USER - 1000", LibraryTypes.PRIORITIES)
              .build());
    }
    return feature.addMethod(configure.build()).build();
  }

  /** The documentation page of each convention the API answers in, in the order of the styles. */
  private static String stylePages(List<Convention> conventions) {
    return conventions.stream()
        .map(convention -> convention.phrase() + " in {@code " + convention.page() + "}")
        .collect(Collectors.joining(",\n"));
  }

  /** The style or styles the API answers in, for the feature's javadoc. */
  private static String styleDescription(List<Convention> conventions) {
    return conventions.size() > 1 ? "their styles" : conventions.get(0).phrase();
  }
}
