package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import javax.lang.model.element.Modifier;

/**
 * Renders the answers to failures no handler of the API declares: {@code EnvelopesInternalErrors},
 * the last advice, for any exception of a handler; and {@code EnvelopesErrorController}, for the
 * errors the servlet container sends to Spring Boot's error path.
 */
final class FailureAnswersWriter {

  private FailureAnswersWriter() {}

  static TypeSpec internalErrors(SpringNames names, StyleSwitch styles) {
    ClassName self = names.internalErrors();
    TypeSpec.Builder type =
        Members.supportClass(self)
            .addJavadoc(
                """
Answers any exception that no advice answered, after all of yours: logs it in full, once, and
answers a 500 in the style of the handler method that failed, which says nothing about it.
""")
            .addAnnotation(SpringTypes.REST_CONTROLLER_ADVICE)
            .addAnnotation(
                AnnotationSpec.builder(SpringTypes.ORDER)
                    .addMember("value", "$T.LOWEST_PRECEDENCE", SpringTypes.ORDERED)
                    .build())
            .addField(
                FieldSpec.builder(
                        System.Logger.class,
                        "LOG",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.getLogger($T.class.getName())", System.class, self)
                    .build());
    if (styles.mixed()) {
      type.addField(names.endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL)
          .addMethod(
              MethodSpec.constructorBuilder()
                  .addParameter(names.endpoints(), "endpoints")
                  .addStatement("this.endpoints = endpoints")
                  .build());
    }
    return type.addMethod(
            ExceptionHandlerWriter.handles("answer", ClassName.get(Exception.class))
                .addParameter(Exception.class, "exception")
                .addParameter(SpringTypes.REQUEST, "request")
                .addStatement("log(exception)")
                .addCode(
                    StyleSwitch.returning(
                        styles.pick(
                            SpringErrorsWriter.STYLE_OF_REQUEST, SpringStyle::internalError)))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("log")
                .addModifiers(Modifier.STATIC)
                .addJavadoc(
                    """
Logs {@code exception}, answered 500, in full: in a form every log formatter can print, whatever
its message and causes hold.
""")
                .addParameter(Throwable.class, "exception")
                .addStatement(
                    "LOG.log($T.ERROR, $S,$W$T.of(exception))",
                    System.Logger.Level.class,
                    "Answered 500 to an exception that no @ApiError or @MapException declares",
                    RuntimeTypes.PRINTABLE_FAILURES)
                .build())
        .build();
  }

  static TypeSpec brokenExceptions(SpringNames names) {
    return Members.finalClass(names.brokenExceptions())
        .addSuperinterface(SpringTypes.HANDLER_EXCEPTION_RESOLVER)
        .addJavadoc(
            """
Answers an exception that breaks Spring MVC's own resolvers before they see it. If its causes form a
loop, each the cause of another, they overflow the stack looking for an {@code @ExceptionHandler}:
they follow {@code getCause()} with no check for a cause seen before. If reading a message
throws, they answer, then ask whether the client went away, which reads the message: the
failure leaves the answer half sent. It is logged as {@link $T} logs every 500, and
answered through the error path, in the style of the request's path.
""",
            names.internalErrors())
        .addMethod(
            MvcCallbacks.resolveException()
                .beginControlFlow("if (!breaksResolvers(exception))")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T.log(exception)", names.internalErrors())
                .beginControlFlow("try")
                .addStatement(
                    "response.sendError($T.SC_INTERNAL_SERVER_ERROR)", SpringTypes.RESPONSE)
                .nextControlFlow("catch ($T committed)", java.io.IOException.class)
                .addComment("The answer has begun: nothing more can be said.")
                .endControlFlow()
                .addStatement("return new $T()", SpringTypes.MODEL_AND_VIEW)
                .build())
        .addMethod(
            Members.privateStatic("breaksResolvers")
                .returns(TypeName.BOOLEAN)
                .addParameter(Throwable.class, "exception")
                .addStatement(
                    "$T seen = $T.newSetFromMap(new $T<>())",
                    ParameterizedTypeName.get(java.util.Set.class, Throwable.class),
                    java.util.Collections.class,
                    java.util.IdentityHashMap.class)
                .beginControlFlow(
                    "for ($T cause = exception; cause != null; cause = cause.getCause())",
                    Throwable.class)
                .beginControlFlow("if (!seen.add(cause) || !readable(cause))")
                .addStatement("return true")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return false")
                .build())
        .addMethod(
            Members.privateStatic("readable")
                .returns(TypeName.BOOLEAN)
                .addParameter(Throwable.class, "exception")
                .beginControlFlow("try")
                .addStatement("exception.getMessage()")
                .addStatement("return true")
                .nextControlFlow("catch ($T unreadable)", RuntimeException.class)
                .addStatement("return false")
                .endControlFlow()
                .build())
        .build();
  }

  static TypeSpec errorController(SpringNames names, SpringBoot boot, StyleSwitch styles) {
    CodeBlock styleOfPath = CodeBlock.of("$T.styleOfPath(pathOf(request))", names.endpoints());
    TypeSpec.Builder type =
        Members.supportClass(names.errorController())
            .addSuperinterface(boot.errorController())
            .addJavadoc(
                """
Answers the errors no handler method answered, which the servlet container sends to Spring Boot's
error path ({@code server.error.path}, {@code /error} by default): an exception of a servlet
filter, a {@code sendError}. It takes the place of Boot's {@code BasicErrorController} and answers
in the style of the path that failed. The container logged the exception, if there was one; this
logs nothing more, and shows nothing of it.
""")
            .addAnnotation(SpringTypes.REST_CONTROLLER)
            .addMethod(
                MethodSpec.methodBuilder("error")
                    .addAnnotation(
                        AnnotationSpec.builder(SpringTypes.REQUEST_MAPPING)
                            .addMember("value", "$S", "${server.error.path:${error.path:/error}}")
                            .build())
                    .returns(SpringTypes.ANSWER)
                    .addParameter(SpringTypes.REQUEST, "request")
                    .addComment(
                        "A request for the error path itself, not sent by the container, matches no"
                            + " resource.")
                    .addStatement(
                        "int status = request.getAttribute($T.ERROR_STATUS_CODE) instanceof $T code"
                            + " ? code : 404",
                        SpringTypes.REQUEST_DISPATCHER,
                        Integer.class)
                    .beginControlFlow("if (status == 500)")
                    .addCode(
                        StyleSwitch.returning(styles.pick(styleOfPath, SpringStyle::internalError)))
                    .endControlFlow()
                    .addCode(
                        StyleSwitch.returning(
                            styles.pick(
                                styleOfPath,
                                style ->
                                    style.fromFramework(
                                        CodeBlock.of(
                                            "$T.valueOf(status)", SpringTypes.HTTP_STATUS_CODE),
                                        CodeBlock.of("$T.EMPTY", SpringTypes.HTTP_HEADERS)))))
                    .build());
    if (styles.mixed()) {
      type.addMethod(
          Members.privateStatic("pathOf")
              .returns(String.class)
              .addJavadoc(
                  """
The path, relative to the application, of the request that failed: the error path's own for
a request of it.
""")
              .addParameter(SpringTypes.REQUEST, "request")
              .addStatement(
                  "$T uri = request.getAttribute($T.ERROR_REQUEST_URI) instanceof $T failed"
                      + " ?$Wfailed : request.getRequestURI()",
                  String.class,
                  SpringTypes.REQUEST_DISPATCHER,
                  String.class)
              .addStatement("return uri.substring(request.getContextPath().length())")
              .build());
    }
    return type.build();
  }
}
