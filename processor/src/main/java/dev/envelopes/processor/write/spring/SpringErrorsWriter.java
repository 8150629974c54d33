package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Renders the exception handler's answers to Spring MVC's own exceptions in the request's style: a
 * body or parameters that do not validate, a body that cannot be read, a missing or unconvertible
 * parameter, and Spring's other {@code ErrorResponse}s with their status and headers.
 */
final class SpringErrorsWriter {

  /**
   * Spring's exceptions that carry their own status ({@code ErrorResponse}s, listed by class as
   * Spring's {@code ResponseEntityExceptionHandler} lists them: {@code @ExceptionHandler} cannot
   * name the interface), and those of Spring's that are the server's fault.
   */
  private static final List<ClassName> FRAMEWORK_ERRORS =
      List.of(
          SpringTypes.NO_RESOURCE_FOUND,
          SpringTypes.NO_HANDLER_FOUND,
          SpringTypes.METHOD_NOT_SUPPORTED,
          SpringTypes.MEDIA_TYPE_NOT_ACCEPTABLE,
          SpringTypes.MEDIA_TYPE_NOT_SUPPORTED,
          SpringTypes.ERROR_RESPONSE_EXCEPTION,
          SpringTypes.BINDING_EXCEPTION,
          SpringTypes.MISSING_PART,
          SpringTypes.MAX_UPLOAD_SIZE,
          SpringTypes.ASYNC_REQUEST_TIMEOUT,
          SpringTypes.CONVERSION_NOT_SUPPORTED,
          SpringTypes.TYPE_MISMATCH,
          SpringTypes.MESSAGE_NOT_WRITABLE,
          SpringTypes.METHOD_VALIDATION_EXCEPTION);

  private final SpringNames names;
  private final StyleSwitch styles;

  SpringErrorsWriter(SpringNames names, StyleSwitch styles) {
    this.names = names;
    this.styles = styles;
  }

  /** The answer in the request's style, each style's made by {@code answer}. */
  private CodeBlock inStyle(Function<SpringStyle, CodeBlock> answer) {
    return styles.pick(STYLE_OF_REQUEST, answer);
  }

  /** Returns, in the request's style, Spring's error of {@code status}, without headers. */
  private CodeBlock fromFramework(CodeBlock status) {
    return fromFramework(status, CodeBlock.of("$T.EMPTY", SpringTypes.HTTP_HEADERS));
  }

  /** Returns, in the request's style, Spring's error of {@code status} with {@code headers}. */
  private CodeBlock fromFramework(CodeBlock status, CodeBlock headers) {
    return StyleSwitch.returning(inStyle(style -> style.fromFramework(status, headers)));
  }

  /** The javadoc's list items of the answers below. */
  static CodeBlock javadocItems() {
    return CodeBlock.of(
        """
  <li>{@link $T}, {@link $T}: 400, each
      invalid field with its messages
  <li>{@link $T}: 400, the body is missing, not JSON, or a field does
      not fit
  <li>{@link $T}: 400 naming the parameter
  <li>{@link $T}: 404 for a path or query parameter, as Jakarta
      REST answers; else 400 naming the parameter
  <li>Spring's other {@link $T}s ({@code NoResourceFoundException},
      {@code HttpRequestMethodNotSupportedException}, {@code HttpMediaTypeNotAcceptableException},
      {@code HttpMediaTypeNotSupportedException}, {@code ResponseStatusException}, ...): their status
      and headers, the style's sentence
  <li>those of Spring's that are the server's fault ({@code HttpMessageNotWritableException}, ...): 500
""",
        SpringTypes.ARGUMENT_NOT_VALID,
        SpringTypes.HANDLER_METHOD_VALIDATION,
        SpringTypes.MESSAGE_NOT_READABLE,
        SpringTypes.MISSING_PARAMETER,
        SpringTypes.ARGUMENT_TYPE_MISMATCH,
        SpringTypes.ERROR_RESPONSE);
  }

  List<MethodSpec> handlers() {
    return List.of(
        invalidBody(),
        invalidParameters(),
        unreadableBody(),
        missingParameter(),
        mismatch(),
        framework());
  }

  List<MethodSpec> helpers() {
    return List.of(parameterName(), addErrors(), malformedMediaType());
  }

  /** The messages of the fields that do not validate, a {@code FieldMessages}. */
  private static final CodeBlock MESSAGES = CodeBlock.of("messages");

  /** The style of the request that failed, in the exception handler. */
  static final CodeBlock STYLE_OF_REQUEST = CodeBlock.of("endpoints.styleOf(request)");

  /** A handler of {@code exception}, with the request when it must find the request's style. */
  private MethodSpec.Builder withRequestIfMixed(String name, ClassName exception) {
    return styles.mixed()
        ? withRequest(name, exception)
        : ExceptionHandlerWriter.handles(name, exception).addParameter(exception, "exception");
  }

  private static MethodSpec.Builder withRequest(String name, ClassName exception) {
    return ExceptionHandlerWriter.handles(name, exception)
        .addParameter(exception, "exception")
        .addParameter(SpringTypes.REQUEST, "request");
  }

  private MethodSpec invalidBody() {
    return violations(
        "invalidBody",
        SpringTypes.ARGUMENT_NOT_VALID,
        """
        A {@code @Valid} body that does not validate, on a method without constraints of its own.
        """,
        CodeBlock.builder()
            .addStatement(
                "$T parameter = parameterName(request,"
                    + " exception.getParameter().getParameterIndex())",
                String.class)
            .addStatement(
                "addErrors(messages, parameter, exception.getBindingResult().getTarget(),"
                    + " exception.getBindingResult())")
            .build());
  }

  private MethodSpec invalidParameters() {
    return violations(
        "invalidParameters",
        SpringTypes.HANDLER_METHOD_VALIDATION,
        """
        Parameters that do not validate, on a method with constraints on its parameters (Spring's
        method validation).
        """,
        CodeBlock.builder()
            .beginControlFlow(
                "for ($T result : exception.getParameterValidationResults())",
                SpringTypes.PARAMETER_VALIDATION_RESULT)
            .addStatement(
                "$T parameter = parameterName(request,"
                    + " result.getMethodParameter().getParameterIndex())",
                String.class)
            .beginControlFlow("if (result instanceof $T errors)", SpringTypes.PARAMETER_ERRORS)
            .addStatement("addErrors(messages, parameter, errors.getArgument(), errors)")
            .nextControlFlow("else")
            .beginControlFlow(
                "for ($T error : result.getResolvableErrors())",
                SpringTypes.MESSAGE_SOURCE_RESOLVABLE)
            .addStatement("messages.add(parameter, error.getDefaultMessage())")
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .build());
  }

  /**
   * The handler {@code name} of a validation failure, described by {@code javadoc}: {@code collect}
   * adds the messages of each field to {@code messages}, which it answers in the request's style.
   */
  private MethodSpec violations(
      String name, ClassName exception, String javadoc, CodeBlock collect) {
    return withRequest(name, exception)
        .addJavadoc(javadoc)
        .addStatement(
            "$T messages = new $T()", RuntimeTypes.FIELD_MESSAGES, RuntimeTypes.FIELD_MESSAGES)
        .addCode(collect)
        .addCode(StyleSwitch.returning(inStyle(style -> style.violations(MESSAGES))))
        .build();
  }

  private MethodSpec unreadableBody() {
    ClassName failure = names.bodyFailure();
    return withRequest("unreadableBody", SpringTypes.MESSAGE_NOT_READABLE)
        .addStatement("$T failure = $T.kindOf(exception.getCause())", failure, names.jsonFailures())
        .beginControlFlow("if (failure == $T.SERVER_FAULT)", failure)
        .addStatement("return internalErrors.answer(exception, request)")
        .endControlFlow()
        .addStatement(
            "$T field = $T.pathOf(exception.getCause())", String.class, names.jsonFailures())
        .addCode(
            StyleSwitch.returning(
                inStyle(style -> style.unreadable(CodeBlock.of("failure"), CodeBlock.of("field")))))
        .build();
  }

  private MethodSpec missingParameter() {
    return withRequestIfMixed("missingParameter", SpringTypes.MISSING_PARAMETER)
        .addCode(
            StyleSwitch.returning(
                inStyle(
                    style -> style.missingParameter(CodeBlock.of("exception.getParameterName()")))))
        .build();
  }

  private MethodSpec mismatch() {
    return withRequestIfMixed("mismatchedParameter", SpringTypes.ARGUMENT_TYPE_MISMATCH)
        .addJavadoc(
            """
A parameter Spring could not convert: a path or query parameter means no resource, as Jakarta
REST answers it; a header or cookie, a bad request naming it.
""")
        .beginControlFlow(
            "if (exception.getParameter().hasParameterAnnotation($T.class)$W||"
                + " exception.getParameter().hasParameterAnnotation($T.class))",
            SpringTypes.PATH_VARIABLE,
            SpringTypes.REQUEST_PARAM)
        .addCode(fromFramework(CodeBlock.of("$T.NOT_FOUND", SpringTypes.HTTP_STATUS)))
        .endControlFlow()
        .addCode(
            StyleSwitch.returning(
                inStyle(style -> style.mismatchedParameter(CodeBlock.of("exception.getName()")))))
        .build();
  }

  private MethodSpec framework() {
    CodeBlock.Builder classes = CodeBlock.builder();
    for (ClassName type : FRAMEWORK_ERRORS) {
      classes.add(classes.isEmpty() ? "{\n$>$>$T.class" : ",\n$T.class", type);
    }
    classes.add("}$<$<");
    return MethodSpec.methodBuilder("framework")
        .addJavadoc(
            """
Spring's own errors, with their status and headers; those that are the server's fault (500) as
{@link $T} answers them.
""",
            names.internalErrors())
        .addAnnotation(
            AnnotationSpec.builder(SpringTypes.EXCEPTION_HANDLER)
                .addMember("value", "$L", classes.build())
                .build())
        .returns(ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, ClassName.OBJECT))
        .addParameter(Exception.class, "exception")
        .addParameter(SpringTypes.REQUEST, "request")
        .beginControlFlow(
            "if (exception instanceof $T && malformedMediaType(request))",
            SpringTypes.MEDIA_TYPE_EXCEPTION)
        .addComment("Not a media type at all: a bad request, as Jakarta REST answers it.")
        .addCode(fromFramework(CodeBlock.of("$T.BAD_REQUEST", SpringTypes.HTTP_STATUS)))
        .endControlFlow()
        .beginControlFlow(
            "if (exception instanceof $T framework && framework.getStatusCode().value() != 500)",
            SpringTypes.ERROR_RESPONSE)
        .addCode(
            fromFramework(
                CodeBlock.of("framework.getStatusCode()"), CodeBlock.of("framework.getHeaders()")))
        .endControlFlow()
        .addStatement("return internalErrors.answer(exception, request)")
        .build();
  }

  private static MethodSpec malformedMediaType() {
    return Members.privateStatic("malformedMediaType")
        .returns(TypeName.BOOLEAN)
        .addJavadoc(
            """
Whether the request's {@code Content-Type} or {@code Accept} is not a media type at all, which
Spring answers 415 or 406 as if it named one the handler does not take.
""")
        .addParameter(SpringTypes.REQUEST, "request")
        .beginControlFlow("try")
        .beginControlFlow("if (request.getContentType() != null)")
        .addStatement("$T.parseMediaType(request.getContentType())", SpringTypes.MEDIA_TYPE)
        .endControlFlow()
        .addStatement(
            "$T accept = request.getHeaders($T.ACCEPT)",
            ParameterizedTypeName.get(Enumeration.class, String.class),
            SpringTypes.HTTP_HEADERS)
        .beginControlFlow("while (accept.hasMoreElements())")
        .addStatement("$T.parseMediaTypes(accept.nextElement())", SpringTypes.MEDIA_TYPE)
        .endControlFlow()
        .addStatement("return false")
        .nextControlFlow("catch ($T malformed)", SpringTypes.INVALID_MEDIA_TYPE)
        .addStatement("return true")
        .endControlFlow()
        .build();
  }

  private MethodSpec parameterName() {
    return MethodSpec.methodBuilder("parameterName")
        .addModifiers(Modifier.PRIVATE)
        .returns(String.class)
        .addJavadoc(
            """
The name clients know parameter {@code index} of the handler method the request reached by, or
{@code null}.
""")
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(TypeName.INT, "index")
        .addStatement(
            "$T handler = request.getAttribute($T.BEST_MATCHING_HANDLER_ATTRIBUTE)",
            Object.class,
            SpringTypes.HANDLER_MAPPING)
        .beginControlFlow("if (handler instanceof $T method)", SpringTypes.HANDLER_METHOD)
        .addStatement(
            "$T endpoint = endpoints.of(method.getBeanType(), method.getMethod())",
            names.endpoint())
        .beginControlFlow("if (endpoint != null)")
        .addStatement("return endpoint.parameterName(index)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  private static MethodSpec addErrors() {
    return MethodSpec.methodBuilder("addErrors")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc(
            """
Adds the errors of one parameter, whose value is {@code argument}: a path into the request body
stands alone, named as in its JSON; into another parameter it follows its name.
""")
        .addParameter(RuntimeTypes.FIELD_MESSAGES, "messages")
        .addParameter(String.class, "parameter")
        .addParameter(Object.class, "argument")
        .addParameter(SpringTypes.ERRORS, "errors")
        .addStatement(
            "boolean body = parameter == null || parameter.equals($S)", ParameterModel.BODY)
        .beginControlFlow("for ($T error : errors.getFieldErrors())", SpringTypes.FIELD_ERROR)
        .addStatement(
            "messages.add(body ? bodyNames.jsonPath(argument, error.getField()) : parameter + $S +"
                + " error.getField(),$Werror.getDefaultMessage(), error.getRejectedValue() =="
                + " null)",
            ".")
        .endControlFlow()
        .beginControlFlow("for ($T error : errors.getGlobalErrors())", SpringTypes.OBJECT_ERROR)
        .addStatement("messages.add(body ? null : parameter, error.getDefaultMessage())")
        .endControlFlow()
        .build();
  }
}
