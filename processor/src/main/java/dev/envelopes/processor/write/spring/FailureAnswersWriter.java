package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.SourceFiles;
import javax.lang.model.element.Modifier;

/**
 * Renders the answers to failures no handler of the API declares: {@code EnvelopesInternalErrors},
 * the last advice, for any exception of a handler; and {@code EnvelopesErrorController}, for the
 * errors the servlet container sends to Spring Boot's error path.
 */
final class FailureAnswersWriter {

  private static final TypeName ANSWER =
      ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, ClassName.OBJECT);

  private FailureAnswersWriter() {}

  static TypeSpec internalErrors(SpringNames names) {
    ClassName self = names.internalErrors();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Answers any exception that no advice answered, after all of yours: logs it in full,"
                + " once, and\nanswers a 500 in the style of the handler method that failed,"
                + " which says nothing about it.\n")
        .addAnnotation(SourceFiles.generated())
        .addAnnotation(SpringTypes.REST_CONTROLLER_ADVICE)
        .addAnnotation(
            AnnotationSpec.builder(SpringTypes.ORDER)
                .addMember("value", "$T.LOWEST_PRECEDENCE", SpringTypes.ORDERED)
                .build())
        .addField(
            FieldSpec.builder(
                    System.Logger.class, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.getLogger($T.class.getName())", System.class, self)
                .build())
        .addMethod(
            ExceptionHandlerWriter.handles("answer", ClassName.get(Exception.class))
                .addParameter(Exception.class, "exception")
                .addParameter(SpringTypes.REQUEST, "request")
                .addStatement(
                    "LOG.log($T.ERROR, $S,$W$T.of(exception))",
                    System.Logger.Level.class,
                    "Answered 500 to an exception that no @ApiError or @MapException declares",
                    SpringTypes.PRINTABLE_FAILURES)
                .addStatement("return $T.internalError()", names.shared().responses())
                .build())
        .build();
  }

  static TypeSpec errorController(SpringNames names, SpringBoot boot) {
    GeneratedNames shared = names.shared();
    return TypeSpec.classBuilder(names.errorController())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(boot.errorController())
        .addJavadoc(
            "Answers the errors no handler method answered, which the servlet container sends to"
                + " Spring Boot's\nerror path ({@code server.error.path}, {@code /error} by"
                + " default): an exception of a servlet\nfilter, a {@code sendError}. It takes"
                + " the place of Boot's {@code BasicErrorController} and answers\nin the style"
                + " of the path that failed. The container logged the exception, if there was"
                + " one; this\nlogs nothing more, and shows nothing of it.\n")
        .addAnnotation(SourceFiles.generated())
        .addAnnotation(SpringTypes.REST_CONTROLLER)
        .addMethod(
            MethodSpec.methodBuilder("error")
                .addAnnotation(
                    AnnotationSpec.builder(SpringTypes.REQUEST_MAPPING)
                        .addMember("value", "$S", "${server.error.path:${error.path:/error}}")
                        .build())
                .returns(ANSWER)
                .addParameter(SpringTypes.REQUEST, "request")
                .addComment(
                    "A request for the error path itself, not sent by the container, matches no"
                        + " resource.")
                .addStatement(
                    "int status = request.getAttribute($T.ERROR_STATUS_CODE) instanceof $T code ?"
                        + " code : 404",
                    SpringTypes.REQUEST_DISPATCHER,
                    Integer.class)
                .addStatement(
                    "return status == 500$>\n"
                        + "? $T.internalError()\n"
                        + ": $T.fromFramework($T.valueOf(status), $T.EMPTY)$<",
                    shared.responses(),
                    shared.responses(),
                    SpringTypes.HTTP_STATUS_CODE,
                    SpringTypes.HTTP_HEADERS)
                .build())
        .build();
  }
}
