package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.StatusErrorBodies;
import dev.envelopes.processor.write.json.StatusSupportRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code StatusResponses} for Spring MVC: the {@code failure} and {@code error} answers of
 * the status envelope as {@code ResponseEntity}s, for the exception handler and the paging checks,
 * and the {@code Location} of a created resource. The Jakarta REST binding's class of the same name
 * does the same with JAX-RS types.
 */
final class StatusResponsesWriter {

  private static final TypeName ANSWER =
      ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, ClassName.OBJECT);

  private StatusResponsesWriter() {}

  static TypeSpec render(GeneratedNames names) {
    return TypeSpec.classBuilder(names.statusResponses())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Builds the answers of the status envelope on Spring MVC: {@link $T} for input that"
                + " does not\nvalidate, {@link $T} for every other error, and the {@code Location}"
                + " of the answers.\n\n"
                + "<p>Every error is a {@code ResponseEntity} whose {@code Content-Type} is set:"
                + " Spring then writes\nit as JSON whatever the request accepts, as the style"
                + " answers every error.\n",
            names.statusFailure(),
            names.statusError())
        .addAnnotation(SourceFiles.generated())
        .addField(ErrorMessages.internalErrorMessage(StatusConvention.INTERNAL_ERROR_MESSAGE))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            publicStatic("error")
                .addJavadoc(
                    "An {@code error} answer with {@code status}; {@code code} is left out when"
                        + " {@code null}.\n")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "message")
                .addParameter(String.class, "code")
                .addStatement(
                    "return error(status, message, code, $T.EMPTY)", SpringTypes.HTTP_HEADERS)
                .build())
        .addMethod(headedError(names))
        .addMethod(
            StatusErrorBodies.failure(names, ANSWER)
                .addStatement(
                    "return $T.status($L).contentType($T.APPLICATION_JSON)$W.body(new $T($S,"
                        + " listed, message, listed, code))",
                    SpringTypes.RESPONSE_ENTITY,
                    StatusConvention.FAILURE_STATUS,
                    SpringTypes.MEDIA_TYPE,
                    names.statusFailure(),
                    "failure")
                .build())
        .addMethod(StatusErrorBodies.bounded(names))
        .addMethod(StatusErrorBodies.oneAttributeFailure(names, ANSWER))
        .addMethod(violations(names))
        .addMethod(
            publicStatic("internalError")
                .addJavadoc(
                    "A 500 that says nothing about its cause: no message, class or stack trace"
                        + " reaches the client.\n")
                .addStatement("return error(500, INTERNAL_ERROR_MESSAGE, null)")
                .build())
        .addMethod(
            publicStatic("fromFramework")
                .addJavadoc(
                    "The {@code error} answer to an error Spring raised, such as a 404 for a path"
                        + " no handler matches:\nits status and headers (such as {@code Allow} on a"
                        + " 405) are kept, its message is not shown.\n")
                .addParameter(SpringTypes.HTTP_STATUS_CODE, "statusCode")
                .addParameter(SpringTypes.HTTP_HEADERS, "headers")
                .addStatement(
                    "return error(statusCode.value(), frameworkMessage(statusCode.value()), null,"
                        + " headers)")
                .build())
        .addMethod(ErrorMessages.messageOf())
        .addMethod(ErrorMessages.frameworkMessage("message"))
        .addMethod(MetaResponsesWriter.locationOf(names))
        .build();
  }

  private static MethodSpec.Builder publicStatic(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ANSWER);
  }

  private static MethodSpec headedError(GeneratedNames names) {
    return MethodSpec.methodBuilder("error")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ANSWER)
        .addParameter(TypeName.INT, "status")
        .addParameter(String.class, "message")
        .addParameter(String.class, "code")
        .addParameter(SpringTypes.HTTP_HEADERS, "headers")
        .addStatement(
            "return $T.status(status).headers(headers).contentType($T.APPLICATION_JSON)$W.body(new"
                + " $T($S, message, $T.of(), code))",
            SpringTypes.RESPONSE_ENTITY,
            SpringTypes.MEDIA_TYPE,
            names.statusError(),
            "error",
            List.class)
        .build();
  }

  private static MethodSpec violations(GeneratedNames names) {
    TypeName byField =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(List.class, String.class));
    return publicStatic("violations")
        .addJavadoc(
            "A 422 {@code failure} for values that do not validate: one entry per field, with its"
                + " messages in\norder.\n")
        .addParameter(byField, "messages")
        .addStatement(
            "$T errors = new $T<>()", StatusSupportRecords.attributeList(names), ArrayList.class)
        .addStatement(
            "messages.forEach((field, problems) -> errors.add(new $T(field,"
                + " $T.copyOf(problems))))",
            names.statusAttributeErrors(),
            List.class)
        .addStatement("return failure($S, errors, null)", StatusConvention.FAILURE_MESSAGE)
        .build();
  }
}
