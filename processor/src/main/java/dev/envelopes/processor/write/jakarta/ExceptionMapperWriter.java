package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.MetaDeclaredErrors;
import dev.envelopes.processor.write.PathStyleWriter;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.StyleOfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Renders the exception mapper from the API's {@link ExceptionPlan}: one chain of {@code
 * instanceof} tests, most specific class first, that turns the API's declared exceptions, the
 * framework's errors and the JSON and validation libraries' failures into error envelopes, and
 * anything else into a 500 that says nothing; answered with each convention's {@link ErrorAnswers}.
 */
final class ExceptionMapperWriter {

  /** The most links one method of the chain tests, far below the JVM's 64 KB of bytecode. */
  private static final int LINKS_PER_METHOD = 100;

  private final ExceptionPlan plan;
  private final MapperContext context;
  private final List<ErrorAnswers> answers;

  ExceptionMapperWriter(ApiPlan api) {
    this.plan = api.exceptions();
    this.context = new MapperContext(api.api(), plan, api.names(), api.statuses());
    this.answers =
        plan.conventions().stream()
            .map(convention -> ErrorAnswers.of(convention, context))
            .toList();
  }

  /**
   * The mappers for single library exceptions, which must be registered ahead of the libraries' own
   * mappers for the same classes.
   */
  static List<ClassName> aheadOfLibraryMappers(ExceptionPlan plan, GeneratedNames names) {
    return plan.aheadMappers().stream().map(names.exceptionMapper()::nestedClass).toList();
  }

  TypeSpec render() {
    ClassName self = context.names().exceptionMapper();
    TypeSpec.Builder mapper =
        Members.supportClass(self)
            .addSuperinterface(
                ParameterizedTypeName.get(
                    LibraryTypes.EXCEPTION_MAPPER, ClassName.get(Throwable.class)))
            .addJavadoc(ExceptionMapperJavadoc.of(plan, answers))
            .addAnnotation(LibraryTypes.PROVIDER)
            .addField(ErrorMessages.log(self))
            .addFields(context.providersField());
    mapper.addFields(MetaDeclaredErrors.ownCodes(plan, context.names().status()));
    CodeBlock unwrapped = CodeBlock.of("$T.unwrapped(exception)", RuntimeTypes.ASYNC_FAILURES);
    boolean readsJson =
        plan.answers(LibraryException.Kind.JSON_PARSE)
            || plan.answers(LibraryException.Kind.JSON_MAPPING);
    if (readsJson) {
      unwrapped = CodeBlock.of("readerFailureOf($L)", unwrapped);
    }
    if (plan.mixed()) {
      PathStyleWriter pathStyles = new PathStyleWriter(plan.pathStyles());
      mapper
          .addFields(pathStyles.fields())
          .addFields(requestFields())
          .addMethod(toResponse(ClassName.get(Throwable.class), respondCall(unwrapped)))
          .addMethods(respond())
          .addMethod(styleOf())
          .addMethod(pathStyles.styleOfPath());
    } else {
      mapper
          .addMethod(toResponse(ClassName.get(Throwable.class), respondCall(unwrapped)))
          .addMethods(respond());
    }
    if (readsJson) {
      mapper.addMethod(JsonMappingAnswers.readerFailureOf());
    }
    for (ErrorLink link : plan.chain()) {
      if (link.isLibrary()) {
        addLibrarySupport(mapper, link);
      }
    }
    answers.forEach(convention -> mapper.addMethod(convention.internalError()));
    return mapper.build();
  }

  /**
   * {@code styleOf}: the style of the resource method the request reached, from {@code
   * ResourceInfo}; from the path for a request that reached none.
   */
  private MethodSpec styleOf() {
    MethodSpec.Builder method =
        Members.privateStatic("styleOf")
            .returns(RuntimeTypes.STYLE)
            .addJavadoc(
                """
The style of the resource method the request reached, as its annotations chose it; for a
request that reached none, such as one for an unknown path, that of the resource its path
matches.
""")
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
    return StyleOfWriter.byResource(method, plan);
  }

  /**
   * How a mapper answers {@code failure}: in the style of the method that failed when the API mixes
   * styles, with the providers that name a body's fields when the answer needs them.
   */
  private CodeBlock respondCall(CodeBlock failure) {
    return CodeBlock.of(
        "respond($L$L$L)",
        failure,
        plan.mixed() ? ", styleOf(resourceInfo, uriInfo)" : "",
        context.passedOn());
  }

  private static MethodSpec toResponse(ClassName exception, CodeBlock answer) {
    return Members.publicOverride("toResponse")
        .returns(LibraryTypes.RESPONSE)
        .addParameter(exception, "exception")
        .addStatement("return $L", answer)
        .build();
  }

  /**
   * A mapper of {@code exception} alone, which answers it as the chain does; a {@code @Provider}
   * for the runtimes that find providers by their annotation.
   */
  private TypeSpec singleClassMapper(String name, ClassName exception, String javadoc) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc, exception)
        .addAnnotation(LibraryTypes.PROVIDER)
        .addSuperinterface(ParameterizedTypeName.get(LibraryTypes.EXCEPTION_MAPPER, exception))
        .addFields(requestFields())
        .addFields(context.providersField())
        .addMethod(toResponse(exception, respondCall(CodeBlock.of("exception"))))
        .build();
  }

  /** What a mapper reads of the failed request to choose the style of its answer. */
  private List<FieldSpec> requestFields() {
    if (!plan.mixed()) {
      return List.of();
    }
    return List.of(
        MapperContext.injected(
            LibraryTypes.RESOURCE_INFO,
            "resourceInfo",
            "The resource method the failed request reached, whose style the answer takes.\n"),
        MapperContext.injected(
            LibraryTypes.URI_INFO,
            "uriInfo",
            """
The path of the failed request, whose resource's style the answer takes when it reached no
resource method.
"""));
  }

  /**
   * The chain: the first test the exception passes decides the error, once, and the answer is the
   * convention's answer to it, in the failed request's style when the API mixes styles.
   */
  private List<MethodSpec> respond() {
    MethodSpec.Builder respond =
        chainMethod("respond")
            .addJavadoc(
                "The answer to {@code exception}$L: the first test it passes decides.\n",
                plan.mixed() ? " in {@code style}" : "");
    List<ErrorLink> chain = plan.chain();
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(null);
    if (chain.size() <= LINKS_PER_METHOD) {
      addLinks(respond, chain);
    } else {
      // Parts of a long chain, so that no method outgrows the JVM's 64 KB of bytecode.
      respond.addStatement("$T answer", LibraryTypes.RESPONSE);
      for (int from = 0; from < chain.size(); from += LINKS_PER_METHOD) {
        MethodSpec.Builder part =
            chainMethod("respondToPart" + (from / LINKS_PER_METHOD + 1))
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                    """
As {@link #respond}, for a part of the chain; {@code null} when the exception passes none of
its tests.
""");
        addLinks(part, chain.subList(from, Math.min(chain.size(), from + LINKS_PER_METHOD)));
        MethodSpec built = part.addStatement("return null").build();
        methods.add(built);
        respond
            .addStatement(
                "answer = $N(exception$L$L)",
                built,
                plan.mixed() ? ", style" : "",
                context.passedOn())
            .beginControlFlow("if (answer != null)")
            .addStatement("return answer")
            .endControlFlow();
      }
    }
    methods.set(
        0,
        respond
            .addCode(
                returnInStyle(
                    convention -> CodeBlock.of("$L(exception)", convention.internalErrorName())))
            .build());
    return methods;
  }

  /** A method of the chain, taking the exception, the style when styles mix, and the providers. */
  private MethodSpec.Builder chainMethod(String name) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .returns(LibraryTypes.RESPONSE)
            .addParameter(Throwable.class, "exception");
    if (plan.mixed()) {
      method.addParameter(RuntimeTypes.STYLE, "style");
    }
    return context.takingProviders(method);
  }

  /** The tests of {@code links}, in order, each answering in the style of the request. */
  private void addLinks(MethodSpec.Builder method, List<ErrorLink> links) {
    for (ErrorLink link : links) {
      // Only the answers that read the exception bind it, so that no variable goes unused.
      method
          .beginControlFlow(
              link.isUnreadableBody() || !link.isLibrary()
                  ? "if (exception instanceof $T)"
                  : "if (exception instanceof $T failure)",
              link.type())
          .addCode(
              returnInStyle(
                  convention ->
                      link.isLibrary()
                          ? convention.library(link)
                          : convention.declared(link.declared())))
          .endControlFlow();
    }
  }

  /**
   * Each convention's {@code answer}: the only one's in an API of one style, else a switch on the
   * failed request's style whose default is the API's default style.
   */
  private CodeBlock returnInStyle(Function<ErrorAnswers, CodeBlock> answer) {
    if (!plan.mixed()) {
      return CodeBlock.builder().addStatement("return $L", answer.apply(answers.get(0))).build();
    }
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (style) {\n").indent();
    ErrorAnswers fallback = null;
    for (ErrorAnswers convention : answers) {
      if (convention.convention() == plan.defaultConvention()) {
        fallback = convention;
      } else {
        cases.add(
            "case $L -> $L;\n", convention.convention().style().name(), answer.apply(convention));
      }
    }
    return cases.add("default -> $L;\n", answer.apply(fallback)).unindent().add("};\n").build();
  }

  /** The helper methods and the single-class mappers a library exception needs. */
  private void addLibrarySupport(TypeSpec.Builder mapper, ErrorLink link) {
    ExceptionPlan.aheadMapperOf(link.kind())
        .ifPresent(
            name ->
                mapper.addType(
                    singleClassMapper(
                        name,
                        link.type(),
                        """
Answers {@link $T} ahead of the library's own mapper, which would answer outside the envelope.
""")));
    ExceptionPlan.narrowerMapperOf(link.kind())
        .ifPresent(
            name ->
                mapper.addType(
                    singleClassMapper(
                        name,
                        LibraryTypes.MISMATCHED_INPUT,
                        """
Answers {@link $T}, a wrong type or an unknown field, ahead of a runtime's own mapper for it,
which would answer outside the envelope and win over the mapper of its superclass.
""")));
    if (link.kind() == LibraryException.Kind.CONSTRAINT_VIOLATION) {
      answers.forEach(convention -> mapper.addMethod(convention.violations(link.type())));
      mapper.addMethod(ViolationMessages.messagesByField(link.type(), context));
      mapper.addMethod(ViolationMessages.fieldOf(context));
      mapper.addMethods(ViolationMessages.parameterName(context));
    } else if (link.kind() == LibraryException.Kind.JSON_MAPPING) {
      answers.forEach(convention -> mapper.addMethod(convention.jsonMapping(link.type())));
      mapper.addMethod(JsonMappingAnswers.jsonPathOf(link.type()));
    }
  }
}
