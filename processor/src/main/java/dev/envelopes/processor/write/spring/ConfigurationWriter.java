package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code EnvelopesConfiguration}, the auto-configuration that wires the glue into Spring
 * MVC with no line of the user's; {@link SpringMvcWriter} lists it in the file Spring Boot reads
 * auto-configurations from.
 */
final class ConfigurationWriter {

  /** The file beside the compiled classes that Spring Boot reads auto-configurations from. */
  static final String IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  /**
   * Boot's error configuration, which the glue's comes before so that Boot's error controller gives
   * way: in Spring Boot 4's package and 3.5's, so that one rendering serves both.
   */
  private static final String[] ERROR_CONFIGURATIONS = {
    "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration"
  };

  private ConfigurationWriter() {}

  static TypeSpec render(SpringNames names, StyleSwitch styles, JsonLibrary json) {
    ClassName links = names.shared().publicLinks();
    TypeName headers =
        ParameterizedTypeName.get(SpringTypes.FILTER_REGISTRATION, names.shared().headers());
    return TypeSpec.classBuilder(names.configuration())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(SpringTypes.WEB_MVC_CONFIGURER)
        .addJavadoc(
            """
Answers the API's enveloped controllers in their styles. An auto-configuration: the processor
lists it in {@code $L}
beside the compiled classes, so Spring Boot applies it with no line of yours (and component
scanning leaves it to Boot). It must come before Boot's error configuration, whose
{@code BasicErrorController} gives way to {@link $T}; the class is named in
the packages of Spring Boot 4 and 3. Without Spring Boot, {@code @Import} it.
""",
            IMPORTS,
            names.errorController())
        .addAnnotation(SourceFiles.generated())
        .addAnnotation(
            AnnotationSpec.builder(SpringTypes.AUTO_CONFIGURATION)
                .addMember("beforeName", "{\n$S,\n$S}", (Object[]) ERROR_CONFIGURATIONS)
                .build())
        .addField(endpoints(names, styles.signsCursors()))
        .addMethods(styles.signsCursors() ? List.of(readsCursorKeys(names)) : List.of())
        .addMethod(
            bean("envelopesPublicLinks", links)
                .addParameter(SpringTypes.ENVIRONMENT, "environment")
                .addStatement(
                    "return new $T($T.of(environment::getProperty))", links, RuntimeTypes.LINK_BASE)
                .build())
        .addMethod(
            bean("envelopesInternalErrors", names.internalErrors())
                .addStatement(
                    styles.mixed() ? "return new $T(endpoints)" : "return new $T()",
                    names.internalErrors())
                .build())
        .addMethod(
            bean("envelopesExceptionHandler", names.exceptionHandler())
                .addParameter(names.internalErrors(), "internalErrors")
                .addParameter(
                    ParameterizedTypeName.get(
                        SpringTypes.OBJECT_PROVIDER, BodyNamesWriter.mapper(json)),
                    "mapper")
                .addComment(
                    "Validation failures name fields as the application's mapper reads them.")
                .addStatement(
                    "return new $T(endpoints, internalErrors,$Wnew"
                        + " $T(mapper.getIfAvailable($T::new)))",
                    names.exceptionHandler(),
                    names.shared().bodyNames(),
                    BodyNamesWriter.unconfiguredMapper(json))
                .build())
        .addMethod(
            bean("envelopesErrorController", names.errorController())
                .addStatement("return new $T()", names.errorController())
                .build())
        .addMethod(
            bean("envelopesHeaders", headers)
                .addStatement(
                    "$T registration = new $T<>(new $T())",
                    headers,
                    SpringTypes.FILTER_REGISTRATION,
                    names.shared().headers())
                .addComment("First, so that an answer another filter ends carries them too.")
                .addStatement("registration.setOrder($T.HIGHEST_PRECEDENCE)", SpringTypes.ORDERED)
                .addStatement("return registration")
                .build())
        .addMethod(
            bean("envelopesReturnValues", SpringTypes.SMART_INITIALIZING_SINGLETON)
                .addJavadoc(
                    """
Puts the envelopes first among Spring MVC's return value handlers once every bean is ready:
{@code addReturnValueHandlers} would put them after Spring's own, which take every
{@code @ResponseBody} method first.
""")
                .addParameter(SpringTypes.HANDLER_ADAPTER, "adapter")
                .addParameter(links, "links")
                .addStatement(
                    "return () -> $T.install(adapter, endpoints, links)", names.returnValues())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("addInterceptors")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SpringTypes.INTERCEPTOR_REGISTRY, "registry")
                .addStatement("registry.addInterceptor(new $T(endpoints))", names.pagingChecks())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("extendHandlerExceptionResolvers")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(
                    ParameterizedTypeName.get(
                        ClassName.get(java.util.List.class),
                        SpringTypes.HANDLER_EXCEPTION_RESOLVER),
                    "resolvers")
                .addComment("First: Spring's own resolvers cannot take what it answers.")
                .addStatement("resolvers.add(0, new $T())", names.brokenExceptions())
                .build())
        .addMethods(
            styles.styles().stream().flatMap(style -> style.configurationBeans().stream()).toList())
        .build();
  }

  /** The API's endpoints, built when the configuration is, or by its constructor. */
  private static FieldSpec endpoints(SpringNames names, boolean holdsCursorKeys) {
    FieldSpec.Builder field =
        FieldSpec.builder(names.endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL);
    return holdsCursorKeys
        ? field.build()
        : field.initializer("new $T()", names.endpoints()).build();
  }

  /**
   * The constructor that builds the endpoints with the keys of their cursors, read from Spring's
   * {@code Environment} as the links' settings are: a key that is not one stops the application.
   */
  private static MethodSpec readsCursorKeys(SpringNames names) {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(SpringTypes.ENVIRONMENT, "environment")
        .addStatement(
            "this.endpoints = new $T($L)",
            names.endpoints(),
            SpringCursorKeys.fromEnvironment("environment"))
        .build();
  }

  private static MethodSpec.Builder bean(String name, TypeName type) {
    return MethodSpec.methodBuilder(name).addAnnotation(SpringTypes.BEAN).returns(type);
  }
}
