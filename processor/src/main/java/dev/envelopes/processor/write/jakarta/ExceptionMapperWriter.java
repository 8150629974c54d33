package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.write.SourceFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Renders the exception mapper: one chain of {@code instanceof} tests, most specific class first,
 * that turns the API's declared exceptions, the framework's errors and the JSON and validation
 * libraries' failures into error envelopes, and anything else into a 500 that says nothing.
 */
final class ExceptionMapperWriter {

  private static final ClassName LOGGER = ClassName.get(System.Logger.class);
  private static final ClassName LEVEL = ClassName.get(System.Logger.Level.class);
  private static final ClassName ELEMENT_KIND = ClassName.get("jakarta.validation", "ElementKind");

  /** The messages of each field of a validation failure, by field name. */
  private static final ParameterizedTypeName MESSAGES_BY_FIELD =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          ParameterizedTypeName.get(List.class, String.class));

  /** One link of the chain: a class and how it is answered. */
  private record Handler(
      ClassName type,
      int depth,
      Optional<ErrorDeclaration> declaration,
      Optional<LibraryException.Kind> library) {}

  private final ApiModel api;
  private final GeneratedNames names;
  private final StatusTable statuses;

  /** Whether validation failures name a body's fields as the application's mapper reads them. */
  private final boolean bodyNames;
  private final Map<ErrorDeclaration, String> ownCodeConstants =
      new TreeMap<>(
          Comparator.comparing(
              (ErrorDeclaration declaration) -> declaration.exception().canonicalName()));

  ExceptionMapperWriter(ApiModel api, GeneratedNames names, StatusTable statuses) {
    this.api = api;
    this.names = names;
    this.statuses = statuses;
    this.bodyNames = api.libraries().namesBodyFieldsAsJson();
    Set<String> taken = new HashSet<>();
    for (ErrorDeclaration declaration : api.errors()) {
      if (declaration.hasOwnCode()) {
        String base = constantName(declaration.exception().simpleName());
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + "_" + i;
        }
        ownCodeConstants.put(declaration, name);
      }
    }
  }

  /**
   * The mappers for single library exceptions, which must be registered ahead of the libraries' own
   * mappers for the same classes.
   */
  static List<ClassName> aheadOfLibraryMappers(ApiModel api, GeneratedNames names) {
    List<ClassName> mappers = new ArrayList<>();
    for (LibraryException exception : api.libraries().exceptions()) {
      mapperName(exception.kind())
          .ifPresent(name -> mappers.add(names.exceptionMapper().nestedClass(name)));
    }
    return mappers;
  }

  private static Optional<String> mapperName(LibraryException.Kind kind) {
    return switch (kind) {
      case FRAMEWORK, JSON_LIMITS -> Optional.empty();
      case CONSTRAINT_VIOLATION -> Optional.of("ConstraintViolations");
      case JSON_PARSE -> Optional.of("JsonParseErrors");
      case JSON_MAPPING -> Optional.of("JsonMappingErrors");
    };
  }

  TypeSpec render() {
    ClassName self = names.exceptionMapper();
    List<Handler> chain = chain();
    TypeSpec.Builder mapper =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(
                    LibraryTypes.EXCEPTION_MAPPER, ClassName.get(Throwable.class)))
            .addJavadoc(javadoc(chain))
            .addAnnotation(SourceFiles.generated())
            .addField(
                FieldSpec.builder(LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.getLogger($T.class.getName())", System.class, self)
                    .build())
            .addFields(providersField());
    ownCodeConstants.forEach(
        (declaration, constant) ->
            mapper.addField(
                FieldSpec.builder(
                        names.status(), constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The code of {@link $T}.\n", declaration.exception())
                    .initializer(
                        "new $T($L, $S, $L, $S)",
                        names.status(),
                        declaration.status(),
                        ReasonPhrases.of(declaration.status()),
                        declaration.code(),
                        declaration.message())
                    .build()));
    List<Style> styles = List.copyOf(api.styles());
    if (styles.size() == 1) {
      mapper
          .addMethod(toResponse(ClassName.get(Throwable.class), respondToAnyCall(false)))
          .addMethod(respond(chain, styles.get(0), "respond"));
    } else {
      PathStyleWriter pathStyles = new PathStyleWriter(api);
      mapper
          .addFields(pathStyles.fields())
          .addFields(requestFields())
          .addMethod(toResponse(ClassName.get(Throwable.class), respondToAnyCall(true)))
          .addMethod(respondInStyle(styles))
          .addMethod(styleOf())
          .addMethod(pathStyles.styleOfPath());
      for (Style style : styles) {
        mapper.addMethod(respond(chain, style, chainName(style)));
      }
    }
    mapper.addMethod(AsyncFailures.unwrapped());
    for (Handler handler : chain) {
      if (handler.library().isPresent()) {
        addLibrarySupport(mapper, handler, styles);
      }
    }
    if (styles.contains(Style.META)) {
      mapper.addMethod(internalError("internalError", "a 500", names.responses()));
    }
    if (styles.contains(Style.BARE)) {
      mapper.addMethod(internalError("bareInternalError", "a bare 500", names.bareResponses()));
    }
    if (styles.contains(Style.STATUS)) {
      mapper.addMethod(
          internalError("statusInternalError", "a status envelope 500", names.statusResponses()));
    }
    if (styles.contains(Style.VENDOR)) {
      mapper.addMethod(
          internalError("vendorInternalError", "a vendor 500", names.vendorResponses()));
    }
    return mapper.build();
  }

  private static MethodSpec internalError(String name, String answer, ClassName responses) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addJavadoc(
            "Logs {@code exception} in full and answers $L that says nothing about it.\n", answer)
        .addParameter(Throwable.class, "exception")
        .addStatement(
            "LOG.log($T.ERROR, $S, exception)",
            LEVEL,
            "Answered 500 to an exception that no @ApiError or @MapException declares")
        .addStatement("return $T.internalError()", responses)
        .build();
  }

  /**
   * How a mapper answers: in the style of the method that failed when the API mixes styles, with
   * the providers that name a body's fields when the answer needs them.
   */
  private CodeBlock respondCall(boolean mixed) {
    return respondCall(CodeBlock.of("exception"), mixed);
  }

  /** The answer to any throwable: what failed inside a stage or a future, as if thrown. */
  private CodeBlock respondToAnyCall(boolean mixed) {
    return respondCall(AsyncFailures.cause(), mixed);
  }

  private CodeBlock respondCall(CodeBlock failure, boolean mixed) {
    return CodeBlock.of(
        "respond($L$L$L)",
        failure,
        mixed ? ", styleOf(resourceInfo, uriInfo)" : "",
        passedOn());
  }

  /** What the chain passes on after the exception: the providers, when body names need them. */
  private String passedOn() {
    return bodyNames ? ", providers" : "";
  }

  /** {@code method} with the parameter that {@link #passedOn} fills, when there is one. */
  private MethodSpec.Builder takingProviders(MethodSpec.Builder method) {
    return bodyNames ? method.addParameter(LibraryTypes.PROVIDERS, "providers") : method;
  }

  /** The providers a mapper injects to resolve the application's mapper, when it needs them. */
  private List<FieldSpec> providersField() {
    if (!bodyNames) {
      return List.of();
    }
    return List.of(
        FieldSpec.builder(LibraryTypes.PROVIDERS, "providers", Modifier.PRIVATE)
            .addAnnotation(LibraryTypes.CONTEXT)
            .addJavadoc(
                "The application's providers, whose {@code ObjectMapper} names the fields of a"
                    + " request body.\n")
            .build());
  }

  private static MethodSpec toResponse(ClassName exception, CodeBlock answer) {
    return MethodSpec.methodBuilder("toResponse")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(LibraryTypes.RESPONSE)
        .addParameter(exception, "exception")
        .addStatement("return $L", answer)
        .build();
  }

  /** What a mapper reads of the failed request to choose the style of its answer. */
  private static List<FieldSpec> requestFields() {
    return List.of(
        FieldSpec.builder(LibraryTypes.RESOURCE_INFO, "resourceInfo", Modifier.PRIVATE)
            .addAnnotation(LibraryTypes.CONTEXT)
            .addJavadoc(
                "The resource method the failed request reached, whose style the answer takes.\n")
            .build(),
        FieldSpec.builder(LibraryTypes.URI_INFO, "uriInfo", Modifier.PRIVATE)
            .addAnnotation(LibraryTypes.CONTEXT)
            .addJavadoc(
                "The path of the failed request, whose resource's style the answer takes when it"
                    + " reached no\nresource method.\n")
            .build());
  }

  private static String chainName(Style style) {
    return switch (style) {
      case META -> "respondInMeta";
      case BARE -> "respondInBare";
      case STATUS -> "respondInStatus";
      case VENDOR -> "respondInVendor";
    };
  }

  private MethodSpec respondInStyle(List<Style> styles) {
    MethodSpec.Builder respond =
        takingProviders(
            MethodSpec.methodBuilder("respond")
                .addModifiers(Modifier.STATIC)
                .returns(LibraryTypes.RESPONSE)
                .addJavadoc("The answer to {@code exception} in {@code style}.\n")
                .addParameter(Throwable.class, "exception")
                .addParameter(LibraryTypes.STYLE, "style"));
    for (Style style : styles) {
      if (style != api.defaultStyle()) {
        respond
            .beginControlFlow("if (style == $T.$L)", LibraryTypes.STYLE, style.name())
            .addStatement("return $L(exception$L)", chainName(style), passedOn())
            .endControlFlow();
      }
    }
    return respond
        .addStatement("return $L(exception$L)", chainName(api.defaultStyle()), passedOn())
        .build();
  }

  /** Which style a request answers in, from the resource method it reached. */
  private MethodSpec styleOf() {
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
    for (ResourceModel resource : api.resources()) {
      Set<Style> styles = EnumSet.noneOf(Style.class);
      resource.endpoints().forEach(endpoint -> styles.add(endpoint.style()));
      if (styles.size() == 1) {
        Style only = styles.iterator().next();
        if (only != api.defaultStyle()) {
          method
              .beginControlFlow("if (resource == $T.class)", resource.type())
              .addStatement("return $T.$L", LibraryTypes.STYLE, only.name())
              .endControlFlow();
        }
        continue;
      }
      CodeBlock.Builder cases =
          CodeBlock.builder().add("return switch (method.getName()) {\n").indent();
      for (EndpointModel endpoint : resource.endpoints()) {
        if (endpoint.style() != api.defaultStyle()) {
          cases.add("case $S -> $T.$L;\n", endpoint.name(), LibraryTypes.STYLE, endpoint.style());
        }
      }
      cases
          .add("default -> $T.$L;\n", LibraryTypes.STYLE, api.defaultStyle().name())
          .unindent()
          .add("};\n");
      method
          .beginControlFlow("if (resource == $T.class)", resource.type())
          .addCode(cases.build())
          .endControlFlow();
    }
    return method
        .addStatement("return $T.$L", LibraryTypes.STYLE, api.defaultStyle().name())
        .build();
  }

  /** Every handler, subclasses before their superclasses, then by name. */
  private List<Handler> chain() {
    List<Handler> chain = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (ErrorDeclaration declaration : api.errors()) {
      declared.add(declaration.exception().canonicalName());
    }
    for (LibraryException exception : api.libraries().exceptions()) {
      Optional<ErrorDeclaration> declaration =
          api.errors().stream()
              .filter(error -> error.exception().equals(exception.type()))
              .findFirst();
      // A declaration replaces a library's default answer, except that validation failures
      // keep naming their fields whatever code the user gives them.
      if (declaration.isEmpty() || exception.kind() == LibraryException.Kind.CONSTRAINT_VIOLATION) {
        chain.add(
            new Handler(
                exception.type(), exception.depth(), declaration, Optional.of(exception.kind())));
        declared.remove(exception.type().canonicalName());
      }
    }
    for (ErrorDeclaration declaration : api.errors()) {
      if (declared.contains(declaration.exception().canonicalName())) {
        chain.add(
            new Handler(
                declaration.exception(),
                declaration.depth(),
                Optional.of(declaration),
                Optional.empty()));
      }
    }
    chain.sort(
        Comparator.comparingInt(Handler::depth)
            .reversed()
            .thenComparing(handler -> handler.type().canonicalName()));
    return chain;
  }

  private MethodSpec respond(List<Handler> chain, Style style, String name) {
    MethodSpec.Builder respond =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.STATIC)
            .returns(LibraryTypes.RESPONSE)
            .addJavadoc(
                name.equals("respond")
                    ? CodeBlock.of(
                        "The answer to {@code exception}: the first test it passes decides.\n")
                    : CodeBlock.of(
                        "The answer to {@code exception} in $L: the first test it passes"
                            + " decides.\n",
                        Conventions.of(style).phrase()))
            .addParameter(Throwable.class, "exception");
    takingProviders(respond);
    ErrorAnswers answers = answersIn(style);
    for (Handler handler : chain) {
      if (handler.library().isPresent()) {
        respond
            .beginControlFlow(libraryTest(handler), handler.type())
            .addStatement("return $L", answers.library().apply(handler))
            .endControlFlow();
      } else {
        respond
            .beginControlFlow("if (exception instanceof $T)", handler.type())
            .addStatement("return $L", answers.declared().apply(handler.declaration().get()))
            .endControlFlow();
      }
    }
    return respond.addStatement("return $L(exception)", answers.internalError()).build();
  }

  /**
   * How one style answers the links of the chain.
   *
   * @param declared the answer to an exception the API declares
   * @param library the answer to one of the framework's or the libraries' exceptions
   * @param internalError the method that answers, and logs, everything else
   */
  private record ErrorAnswers(
      Function<ErrorDeclaration, CodeBlock> declared,
      Function<Handler, CodeBlock> library,
      String internalError) {}

  private ErrorAnswers answersIn(Style style) {
    return switch (style) {
      case META ->
          new ErrorAnswers(
              declaration ->
                  CodeBlock.of(
                      "$T.error($L,$W$L)",
                      names.responses(),
                      statusOf(declaration),
                      detailOf(declaration)),
              this::libraryAnswer,
              "internalError");
      case BARE ->
          new ErrorAnswers(
              declaration ->
                  CodeBlock.of(
                      "$T.error($L, $S,$W$L)",
                      names.bareResponses(),
                      bareStatus(declaration),
                      bareCode(declaration),
                      messageOf(declaration, names.bareResponses())),
              this::bareLibraryAnswer,
              "bareInternalError");
      case STATUS ->
          new ErrorAnswers(this::statusAnswer, this::statusLibraryAnswer, "statusInternalError");
      case VENDOR ->
          new ErrorAnswers(
              declaration ->
                  CodeBlock.of(
                      "$T.error($L, $S,$W$L, null)",
                      names.vendorResponses(),
                      declaration.status(),
                      vendorCode(declaration),
                      messageOf(declaration, names.vendorResponses())),
              this::vendorLibraryAnswer,
              "vendorInternalError");
    };
  }

  /** A declared exception in the status envelope: a failure when it is a 422, else an error. */
  private CodeBlock statusAnswer(ErrorDeclaration declaration) {
    ClassName responses = names.statusResponses();
    CodeBlock code =
        declaration.errorCode().isEmpty()
            ? CodeBlock.of("null")
            : CodeBlock.of("$S", declaration.errorCode());
    CodeBlock message = messageOf(declaration, responses);
    return declaration.status() == StatusConvention.FAILURE_STATUS
        ? CodeBlock.of("$T.failure($L,$W$T.of(), $L)", responses, message, List.class, code)
        : CodeBlock.of("$T.error($L, $L,$W$L)", responses, declaration.status(), message, code);
  }

  private static String vendorCode(ErrorDeclaration declaration) {
    return declaration.errorCode().isEmpty()
        ? VendorConvention.codeOfStatus(declaration.status())
        : declaration.errorCode();
  }

  private CodeBlock vendorLibraryAnswer(Handler handler) {
    ClassName responses = names.vendorResponses();
    int status = handler.declaration().map(ErrorDeclaration::status).orElse(400);
    String code =
        handler.declaration().map(ExceptionMapperWriter::vendorCode).orElse("invalid_attribute");
    return switch (handler.library().get()) {
      case FRAMEWORK -> CodeBlock.of("$T.fromFramework(failure.getResponse())", responses);
      case CONSTRAINT_VIOLATION ->
          CodeBlock.of("vendorViolations(failure, $L, $S$L)", status, code, passedOn());
      case JSON_PARSE, JSON_LIMITS ->
          CodeBlock.of(
              "$T.error($L, $S,$W$S, null)",
              responses,
              status,
              code,
              UnreadableBodies.message(handler.library().get()));
      case JSON_MAPPING -> CodeBlock.of("vendorJsonMapping(failure)");
    };
  }

  private CodeBlock statusLibraryAnswer(Handler handler) {
    ClassName responses = names.statusResponses();
    return switch (handler.library().get()) {
      case FRAMEWORK -> CodeBlock.of("$T.fromFramework(failure.getResponse())", responses);
      case CONSTRAINT_VIOLATION -> CodeBlock.of("statusViolations(failure$L)", passedOn());
      case JSON_PARSE, JSON_LIMITS ->
          CodeBlock.of(
              "$T.failure($S, $T.of(), null)",
              responses,
              UnreadableBodies.message(handler.library().get()),
              List.class);
      case JSON_MAPPING -> CodeBlock.of("statusJsonMapping(failure)");
    };
  }

  /**
   * The message of a declared exception in the styles that show one: its fixed detail, else its own
   * message for an {@code @ApiError}, else the reason phrase of its status.
   */
  private static CodeBlock messageOf(ErrorDeclaration declaration, ClassName responses) {
    if (!declaration.detail().isEmpty()) {
      return CodeBlock.of("$S", declaration.detail());
    }
    String fallback = ReasonPhrases.of(declaration.status());
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? CodeBlock.of("$T.messageOf(exception, $S)", responses, fallback)
        : CodeBlock.of("$S", fallback);
  }

  private static String bareCode(ErrorDeclaration declaration) {
    return declaration.errorCode().isEmpty()
        ? BareConvention.codeOfDeclaredStatus(declaration.status())
        : declaration.errorCode();
  }

  private static int bareStatus(ErrorDeclaration declaration) {
    return BareConvention.statusOf(bareCode(declaration), declaration.status());
  }

  private CodeBlock bareLibraryAnswer(Handler handler) {
    int status = handler.declaration().map(ExceptionMapperWriter::bareStatus).orElse(400);
    String code =
        handler.declaration().map(ExceptionMapperWriter::bareCode).orElse("VALIDATION_ERROR");
    return switch (handler.library().get()) {
      case FRAMEWORK ->
          CodeBlock.of("$T.fromFramework(failure.getResponse())", names.bareResponses());
      case CONSTRAINT_VIOLATION ->
          CodeBlock.of("bareViolations(failure, $L, $S$L)", status, code, passedOn());
      case JSON_PARSE, JSON_LIMITS ->
          CodeBlock.of(
              "$T.error($L, $S,$W$S)",
              names.bareResponses(),
              status,
              code,
              UnreadableBodies.message(handler.library().get()));
      case JSON_MAPPING -> CodeBlock.of("bareJsonMapping(failure)");
    };
  }

  /**
   * The test of a library exception's link: it binds {@code failure} for the answers that read the
   * exception, and only for those, so that no variable goes unused.
   */
  private static String libraryTest(Handler handler) {
    return UnreadableBodies.isUnreadable(handler.library().get())
        ? "if (exception instanceof $T)"
        : "if (exception instanceof $T failure)";
  }

  private CodeBlock statusOf(ErrorDeclaration declaration) {
    return declaration.hasOwnCode()
        ? CodeBlock.of("$L", ownCodeConstants.get(declaration))
        : statuses.constant(declaration.status());
  }

  /** What {@code detailed} says for a declared exception. */
  private CodeBlock detailOf(ErrorDeclaration declaration) {
    if (!declaration.detail().isEmpty()) {
      return CodeBlock.of("$S", declaration.detail());
    }
    return declaration.source() == ErrorDeclaration.Source.API_ERROR
        ? CodeBlock.of("$T.messageOf(exception, $L)", names.responses(), statusOf(declaration))
        : CodeBlock.of("$L.message()", statusOf(declaration));
  }

  private CodeBlock libraryAnswer(Handler handler) {
    CodeBlock badRequest = handler.declaration().map(this::statusOf).orElse(statuses.constant(400));
    return switch (handler.library().get()) {
      case FRAMEWORK ->
          CodeBlock.of("$T.fromFramework(failure.getResponse())", names.responses());
      case CONSTRAINT_VIOLATION ->
          CodeBlock.of("violations(failure, $L$L)", badRequest, passedOn());
      case JSON_PARSE, JSON_LIMITS ->
          CodeBlock.of(
              "$T.error($L,$W$S)",
              names.responses(),
              badRequest,
              UnreadableBodies.message(handler.library().get()));
      case JSON_MAPPING -> CodeBlock.of("jsonMapping(failure)");
    };
  }

  /** The helper methods and the single-class mapper a library exception needs. */
  private void addLibrarySupport(TypeSpec.Builder mapper, Handler handler, List<Style> styles) {
    LibraryException.Kind kind = handler.library().get();
    boolean mixed = styles.size() > 1;
    mapperName(kind)
        .ifPresent(
            name ->
                mapper.addType(
                    TypeSpec.classBuilder(name)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                            "Answers {@link $T} ahead of the library's own mapper, which would"
                                + " answer outside the envelope.\n",
                            handler.type())
                        .addSuperinterface(
                            ParameterizedTypeName.get(
                                LibraryTypes.EXCEPTION_MAPPER, handler.type()))
                        .addFields(mixed ? requestFields() : List.of())
                        .addFields(providersField())
                        .addMethod(toResponse(handler.type(), respondCall(mixed)))
                        .build()));
    if (kind == LibraryException.Kind.CONSTRAINT_VIOLATION) {
      if (styles.contains(Style.META)) {
        mapper.addMethod(violations(handler.type()));
      }
      if (styles.contains(Style.BARE)) {
        mapper.addMethod(bareViolations(handler.type()));
      }
      if (styles.contains(Style.STATUS)) {
        mapper.addMethod(statusViolations(handler.type()));
      }
      if (styles.contains(Style.VENDOR)) {
        mapper.addMethod(vendorViolations(handler.type()));
      }
      mapper.addMethod(messagesByField(handler.type()));
      mapper.addMethod(fieldOf());
      mapper.addMethods(parameterName());
    } else if (kind == LibraryException.Kind.JSON_MAPPING) {
      if (styles.contains(Style.META)) {
        mapper.addMethod(jsonMapping(handler.type()));
      }
      if (styles.contains(Style.BARE)) {
        mapper.addMethod(bareJsonMapping(handler.type()));
      }
      if (styles.contains(Style.STATUS)) {
        mapper.addMethod(statusJsonMapping(handler.type()));
      }
      if (styles.contains(Style.VENDOR)) {
        mapper.addMethod(vendorJsonMapping(handler.type()));
      }
      mapper.addMethod(jsonPathOf(handler.type()));
    }
  }

  private MethodSpec violations(ClassName exception) {
    return collectingViolations(
            MethodSpec.methodBuilder("violations")
                .addJavadoc(
                    "Answers validation failures with one entry per field, its messages in order"
                        + " and joined. A\n"
                        + "violation of a return value is the server's fault and answers 500.\n")
                .addParameter(exception, "exception")
                .addParameter(names.status(), "status"),
            "internalError")
        .addStatement(
            "$T problems = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), names.fieldError()),
            ArrayList.class)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> field : messages.entrySet())",
            Map.class,
            String.class,
            ParameterizedTypeName.get(List.class, String.class))
        .addStatement(
            "problems.add(new $T(field.getKey(), $T.join($S, field.getValue())))",
            names.fieldError(),
            String.class,
            "; ")
        .endControlFlow()
        .addStatement("return $T.error(status, problems)", names.responses())
        .build();
  }

  private MethodSpec bareViolations(ClassName exception) {
    return collectingViolations(
            MethodSpec.methodBuilder("bareViolations")
                .addJavadoc(
                    "Answers validation failures in the bare style: one message that names each"
                        + " field with its\nmessages, such as {@code fullName: must not be blank}."
                        + " A violation of a return value is\nthe server's fault and answers"
                        + " 500.\n")
                .addParameter(exception, "exception")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "code"),
            "bareInternalError")
        .addStatement(
            "$T problems = new $T<>()",
            ParameterizedTypeName.get(List.class, String.class),
            ArrayList.class)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> field : messages.entrySet())",
            Map.class,
            String.class,
            ParameterizedTypeName.get(List.class, String.class))
        .addStatement(
            "$T joined = $T.fieldMessage($T.join($S, field.getValue()))",
            String.class,
            LibraryTypes.ERROR_BOUNDS,
            String.class,
            ", ")
        .addStatement(
            "problems.add(field.getKey() == null ? joined : $T.name(field.getKey()) + $S + joined)",
            LibraryTypes.ERROR_BOUNDS,
            ": ")
        .endControlFlow()
        .addComment("A few problems, then how many more: no request makes a long message.")
        .addStatement(
            "return $T.error(status, code, $T.join($S, $T.listed(problems, $T::more)))",
            names.bareResponses(),
            String.class,
            "; ",
            LibraryTypes.ERROR_BOUNDS,
            LibraryTypes.ERROR_BOUNDS)
        .build();
  }

  private MethodSpec vendorViolations(ClassName exception) {
    return collectingViolations(
            MethodSpec.methodBuilder("vendorViolations")
                .addJavadoc(
                    "Answers validation failures in the vendor style: one error per field, whose"
                        + " message joins the\nfield's messages in order; a field with no value at"
                        + " all is a {@code missing_param}. A violation\nof a return value is the"
                        + " server's fault and answers 500.\n")
                .addParameter(exception, "exception")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "code"),
            "vendorInternalError")
        .addStatement(
            "$T missing = new $T<>()",
            ParameterizedTypeName.get(Set.class, String.class),
            HashSet.class)
        .beginControlFlow(
            "for ($T violation : exception.getConstraintViolations())",
            ParameterizedTypeName.get(
                LibraryTypes.CONSTRAINT_VIOLATION, WildcardTypeName.subtypeOf(Object.class)))
        .beginControlFlow("if (violation.getInvalidValue() == null)")
        .addStatement("missing.add(fieldOf(violation$L))", passedOn())
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "$T errors = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail()),
            ArrayList.class)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> field : messages.entrySet())",
            Map.class,
            String.class,
            ParameterizedTypeName.get(List.class, String.class))
        .beginControlFlow("if (field.getKey() != null && missing.contains(field.getKey()))")
        .addStatement(
            "errors.add($T.detail($S, $S + field.getKey(), field.getKey()))",
            names.vendorResponses(),
            "missing_param",
            "param is missing or the value is empty: ")
        .addStatement("continue")
        .endControlFlow()
        .addStatement(
            "$T message = $T.join($S, field.getValue())", String.class, String.class, ", ")
        .addStatement(
            "errors.add($T.detail(code, field.getKey() == null ? message : field.getKey() + $S"
                + " + message, field.getKey()))",
            names.vendorResponses(),
            " ")
        .endControlFlow()
        .addStatement("return $T.error(status, errors)", names.vendorResponses())
        .build();
  }

  private MethodSpec vendorJsonMapping(ClassName exception) {
    return jsonMapping(
        MethodSpec.methodBuilder("vendorJsonMapping")
            .addJavadoc(
                "Answers JSON that does not fit the expected type with an {@code"
                    + " invalid_attribute} error naming\nthe field. A failure to write the answer,"
                    + " or a type that cannot be read at all, is the server's\nfault and answers"
                    + " 500.\n"),
        exception,
        "vendorInternalError",
        CodeBlock.of(
            "$T.error(400, $S, $S, null)",
            names.vendorResponses(),
            "invalid_attribute",
            "The request body does not have the expected shape."),
        CodeBlock.of(
            "$T.error(400, $S, field + $S + problem, field)",
            names.vendorResponses(),
            "invalid_attribute",
            " "));
  }

  private MethodSpec statusViolations(ClassName exception) {
    return collectingViolations(
            MethodSpec.methodBuilder("statusViolations")
                .addJavadoc(
                    "Answers validation failures with a 422 {@code failure}: one entry per field,"
                        + " with its messages\nin order. A violation of a return value is the"
                        + " server's fault and answers 500.\n")
                .addParameter(exception, "exception"),
            "statusInternalError")
        .addStatement(
            "$T errors = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), names.statusAttributeErrors()),
            ArrayList.class)
        .beginControlFlow(
            "for ($T.Entry<$T, $T> field : messages.entrySet())",
            Map.class,
            String.class,
            ParameterizedTypeName.get(List.class, String.class))
        .addStatement(
            "errors.add(new $T(field.getKey(), $T.copyOf(field.getValue())))",
            names.statusAttributeErrors(),
            List.class)
        .endControlFlow()
        .addStatement(
            "return $T.failure($S, errors, null)",
            names.statusResponses(),
            StatusConvention.FAILURE_MESSAGE)
        .build();
  }

  /**
   * Starts a method that answers a {@code ConstraintViolationException} from {@code messages}, the
   * messages of each field, or answers {@code internalError} for a violation of a return value.
   */
  private MethodSpec.Builder collectingViolations(MethodSpec.Builder method, String internalError) {
    return takingProviders(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addStatement("$T messages = messagesByField(exception$L)", MESSAGES_BY_FIELD, passedOn())
        .beginControlFlow("if (messages == null)")
        .addStatement("return $L(exception)", internalError)
        .endControlFlow();
  }

  /**
   * The generated helper every style's answer to a {@code ConstraintViolationException} starts
   * from: the messages of each field in order, fields sorted, or {@code null} when a return value
   * is invalid.
   */
  private MethodSpec messagesByField(ClassName exception) {
    ParameterizedTypeName anyViolation =
        ParameterizedTypeName.get(
            LibraryTypes.CONSTRAINT_VIOLATION, WildcardTypeName.subtypeOf(Object.class));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("messagesByField")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(MESSAGES_BY_FIELD)
            .addJavadoc(
                "The messages of each invalid field in order, by field name, with those of no"
                    + " single field first,\nunder {@code null}; {@code null} when a return value"
                    + " is invalid, which is the server's fault.\n")
            .addParameter(exception, "exception");
    return takingProviders(method)
        .addStatement(
            "$T messages = new $T<>($T.nullsFirst($T.naturalOrder()))",
            MESSAGES_BY_FIELD,
            TreeMap.class,
            Comparator.class,
            Comparator.class)
        .beginControlFlow("for ($T violation : exception.getConstraintViolations())", anyViolation)
        .beginControlFlow(
            "for ($T.Node node : violation.getPropertyPath())", LibraryTypes.VALIDATION_PATH)
        .beginControlFlow("if (node.getKind() == $T.RETURN_VALUE)", ELEMENT_KIND)
        .addStatement("return null")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "messages.computeIfAbsent(fieldOf(violation$L), field -> new"
                + " $T<>()).add(violation.getMessage())",
            passedOn(),
            ArrayList.class)
        .endControlFlow()
        .addStatement("messages.values().forEach(fieldMessages -> fieldMessages.sort(null))")
        .addStatement("return messages")
        .build();
  }

  private MethodSpec fieldOf() {
    ParameterizedTypeName anyViolation =
        ParameterizedTypeName.get(
            LibraryTypes.CONSTRAINT_VIOLATION, WildcardTypeName.subtypeOf(Object.class));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("fieldOf")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "The field a violation is about, by the name the client knows: a parameter's name,"
                    + " a path into\nthe request body such as {@code items[2].name}, or {@code null}"
                    + " when it concerns no single field.$L\n",
                bodyNames
                    ? "\nThe body's properties have the names of its JSON, as {@link "
                        + names.bodyNames().simpleName()
                        + "} finds them."
                    : "")
            .addParameter(anyViolation, "violation");
    takingProviders(method)
        .addStatement("$T method = null", String.class)
        .addStatement("$T parameter = null", String.class)
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class);
    if (bodyNames) {
      method.addStatement(
          "$T body = $T.of(providers, violation.getRootBean())",
          names.bodyNames(),
          names.bodyNames());
    }
    method
        .beginControlFlow(
            "for ($T.Node node : violation.getPropertyPath())", LibraryTypes.VALIDATION_PATH)
        .beginControlFlow("if (node.getKind() == $T.METHOD)", ELEMENT_KIND)
        .addStatement("method = node.getName()")
        .nextControlFlow("else if (node.getKind() == $T.PARAMETER)", ELEMENT_KIND)
        .addStatement(
            "int index = node.as($T.ParameterNode.class).getParameterIndex()",
            LibraryTypes.VALIDATION_PATH)
        .addStatement(
            "$T name = parameterName(violation.getRootBeanClass(), method, index)", String.class)
        .addStatement("parameter = name == null ? node.getName() : name")
        .addStatement("path.setLength(0)");
    if (bodyNames) {
      method.addStatement(
          "body = $T.of(providers, violation.getExecutableParameters()[index])",
          names.bodyNames());
    }
    method
        .nextControlFlow(
            "else if (node.getKind() == $T.PROPERTY || node.getKind() == $T.CONTAINER_ELEMENT)",
            ELEMENT_KIND,
            ELEMENT_KIND)
        .beginControlFlow("if (node.isInIterable())")
        .addStatement(
            "path.append('[').append(node.getIndex() != null ? node.getIndex() :"
                + " node.getKey()).append(']')");
    if (bodyNames) {
      method.addStatement("body = body.element()");
    }
    method.endControlFlow().beginControlFlow("if (node.getKind() == $T.PROPERTY)", ELEMENT_KIND);
    if (bodyNames) {
      method
          .addStatement("body = body.property(node.getName())")
          .addStatement("path.append(path.length() == 0 ? \"\" : \".\").append(body.name())");
    } else {
      method.addStatement(
          "path.append(path.length() == 0 ? \"\" : \".\").append(node.getName())");
    }
    return method
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("if (path.length() == 0)")
        .addStatement("return parameter")
        .endControlFlow()
        .addComment(
            "A path into the request body stands alone; into another parameter, it follows its"
                + " name.")
        .addStatement(
            "return parameter == null || parameter.equals($S) ? path.toString() : parameter + $S +"
                + " path",
            ParameterModel.BODY,
            ".")
        .build();
  }

  /**
   * The name clients know each parameter of each enveloped method by, from the annotations: one
   * method that picks the resource class, and one per resource class that knows its methods, so
   * that no method outgrows the JVM's 64 KB of bytecode however many resources the API has.
   */
  private List<MethodSpec> parameterName() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("parameterName")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "The name clients know a resource method's parameter by: its query, path, header,"
                    + " cookie,\nmatrix or form parameter name, or {@code $L} for the request body;"
                    + " {@code null} if unknown.\n",
                ParameterModel.BODY)
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                "resource")
            .addParameter(String.class, "method")
            .addParameter(TypeName.INT, "index");
    List<MethodSpec> helpers = new ArrayList<>();
    Set<String> helperNames = new HashSet<>();
    for (ResourceModel resource : api.resources()) {
      Optional<MethodSpec> helper = parameterNameIn(resource, helperNames);
      if (helper.isPresent()) {
        method
            .beginControlFlow("if (resource == $T.class)", resource.type())
            .addStatement("return $N(method, index)", helper.get())
            .endControlFlow();
        helpers.add(helper.get());
      }
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.addStatement("return null").build());
    methods.addAll(helpers);
    return methods;
  }

  /** The parameter names of one resource class's methods, if any of them has a named parameter. */
  private static Optional<MethodSpec> parameterNameIn(
      ResourceModel resource, Set<String> takenNames) {
    String name = "parameterNameIn" + String.join("", resource.type().simpleNames());
    for (int n = 2; !takenNames.add(name); n++) {
      name = "parameterNameIn" + String.join("", resource.type().simpleNames()) + n;
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "As {@link #parameterName}, for the methods of {@link $T}.\n", resource.type())
            .addParameter(String.class, "method")
            .addParameter(TypeName.INT, "index");
    boolean any = false;
    for (EndpointModel endpoint : resource.endpoints()) {
      List<ParameterModel> parameters = endpoint.parameters();
      if (parameters.stream().allMatch(parameter -> parameter.wireName().isEmpty())) {
        continue;
      }
      any = true;
      CodeBlock.Builder cases = CodeBlock.builder().add("return switch (index) {\n").indent();
      for (int i = 0; i < parameters.size(); i++) {
        if (!parameters.get(i).wireName().isEmpty()) {
          cases.add("case $L -> $S;\n", i, parameters.get(i).wireName());
        }
      }
      cases.add("default -> null;\n").unindent().add("};\n");
      method
          .beginControlFlow("if ($S.equals(method))", endpoint.name())
          .addCode(cases.build())
          .endControlFlow();
    }
    return any ? Optional.of(method.addStatement("return null").build()) : Optional.empty();
  }

  private MethodSpec jsonMapping(ClassName exception) {
    return jsonMapping(
        MethodSpec.methodBuilder("jsonMapping")
            .addJavadoc(
                "Answers JSON that does not fit the expected type with a 400 naming the field. A"
                    + " failure to write\nthe answer, or a type that cannot be read at all, is the"
                    + " server's fault and answers 500.\n"),
        exception,
        "internalError",
        CodeBlock.of(
            "$T.error($L, $S)",
            names.responses(),
            statuses.constant(400),
            "The request body does not have the expected shape."),
        CodeBlock.of(
            "$T.error($L, $T.of(new $T(field, problem)))",
            names.responses(),
            statuses.constant(400),
            List.class,
            names.fieldError()));
  }

  private MethodSpec bareJsonMapping(ClassName exception) {
    return jsonMapping(
        MethodSpec.methodBuilder("bareJsonMapping")
            .addJavadoc(
                "Answers JSON that does not fit the expected type with a bare 400 naming the"
                    + " field. A failure to\nwrite the answer, or a type that cannot be read at"
                    + " all, is the server's fault and answers 500.\n"),
        exception,
        "bareInternalError",
        CodeBlock.of(
            "$T.error(400, $S, $S)",
            names.bareResponses(),
            "VALIDATION_ERROR",
            "The request body does not have the expected shape."),
        CodeBlock.of(
            "$T.error(400, $S, field + $S + problem)",
            names.bareResponses(),
            "VALIDATION_ERROR",
            ": "));
  }

  private MethodSpec statusJsonMapping(ClassName exception) {
    return jsonMapping(
        MethodSpec.methodBuilder("statusJsonMapping")
            .addJavadoc(
                "Answers JSON that does not fit the expected type with a 422 {@code failure}"
                    + " naming the field. A\nfailure to write the answer, or a type that cannot be"
                    + " read at all, is the server's fault and\nanswers 500.\n"),
        exception,
        "statusInternalError",
        CodeBlock.of(
            "$T.failure($S, $T.of(), null)",
            names.statusResponses(),
            "The request body does not have the expected shape.",
            List.class),
        CodeBlock.of("$T.failure(field, problem)", names.statusResponses()));
  }

  /**
   * Completes a method that answers a {@code JsonMappingException}: {@code internalError} when the
   * server is at fault, {@code shapeError} when no field can be named, else {@code fieldError} with
   * {@code field} and {@code problem} in scope.
   */
  private static MethodSpec jsonMapping(
      MethodSpec.Builder method,
      ClassName exception,
      String internalError,
      CodeBlock shapeError,
      CodeBlock fieldError) {
    return method
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addParameter(exception, "exception")
        .beginControlFlow(
            "if (exception instanceof $T || !(exception.getProcessor() instanceof $T))",
            LibraryTypes.INVALID_DEFINITION,
            LibraryTypes.JSON_PARSER)
        .addStatement("return $L(exception)", internalError)
        .endControlFlow()
        .addStatement("$T field = jsonPathOf(exception)", String.class)
        .beginControlFlow("if (field == null)")
        .addStatement("return $L", shapeError)
        .endControlFlow()
        .addStatement(
            "$T problem = exception instanceof $T ? $S : $S",
            String.class,
            LibraryTypes.UNRECOGNIZED_PROPERTY,
            "is not a known field",
            "does not have the expected type or format")
        .addStatement("return $L", fieldError)
        .build();
  }

  private static MethodSpec jsonPathOf(ClassName exception) {
    return MethodSpec.methodBuilder("jsonPathOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc(
            "The path in the request body where reading failed, such as {@code items[2].name}, or"
                + " {@code null}.\n")
        .addParameter(exception, "exception")
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for ($T.Reference reference : exception.getPath())", exception)
        .beginControlFlow("if (reference.getFieldName() != null)")
        .addStatement(
            "path.append(path.length() == 0 ? \"\" : \".\").append(reference.getFieldName())")
        .nextControlFlow("else if (reference.getIndex() >= 0)")
        .addStatement("path.append('[').append(reference.getIndex()).append(']')")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return path.length() == 0 ? null : $T.name(path.toString())",
            LibraryTypes.ERROR_BOUNDS)
        .build();
  }

  private CodeBlock javadoc(List<Handler> chain) {
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(
                "Answers every exception in $L, testing the classes below in order,"
                    + " most specific\nfirst. An exception that none of them declares is logged in"
                    + " full and answered with a 500 that\nsays nothing about it.\n\n<ul>\n",
                api.styles().size() > 1
                    ? "the style of the resource method that failed"
                    : Conventions.of(api.styles().iterator().next()).phrase());
    for (Handler handler : chain) {
      javadoc.add("  <li>{@link $T}: $L\n", handler.type(), describe(handler));
    }
    return javadoc.add("</ul>\n").build();
  }

  private String describe(Handler handler) {
    if (handler.library().isPresent()) {
      return switch (handler.library().get()) {
        case FRAMEWORK -> "the framework's own status, such as 404 for an unknown path";
        case CONSTRAINT_VIOLATION ->
            handler.declaration().map(d -> d.status() + ", ").orElse("400, ")
                + "each invalid field with its messages";
        case JSON_PARSE -> "400, the body is not JSON";
        case JSON_LIMITS -> "400, the body is past a limit of the JSON reader";
        case JSON_MAPPING ->
            "400 naming the field that does not fit, or 500 when the server is at fault";
      };
    }
    ErrorDeclaration declaration = handler.declaration().get();
    String code = declaration.hasOwnCode() ? ", code " + declaration.code() : "";
    String detail =
        !declaration.detail().isEmpty()
            ? "a fixed detail"
            : declaration.source() == ErrorDeclaration.Source.API_ERROR
                ? "its message"
                : "the code's message";
    String bare =
        api.styles().contains(Style.BARE)
            ? "; in the bare style " + bareStatus(declaration) + " " + bareCode(declaration)
            : "";
    String status =
        api.styles().contains(Style.STATUS)
            ? "; in the status envelope "
                + (declaration.status() == StatusConvention.FAILURE_STATUS
                    ? "a failure"
                    : "an error")
            : "";
    return declaration.status() + code + ", " + detail + bare + status;
  }

  private static String constantName(String simpleName) {
    return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
