package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.MetaErrorBodies;
import dev.envelopes.processor.write.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code MetaResponses} for Spring MVC: the error answers of the meta envelope as {@code
 * ResponseEntity}s, for the exception handler and the paging checks, and the {@code Location} of a
 * created resource. The Jakarta REST binding's class of the same name does the same with JAX-RS
 * types.
 */
final class MetaResponsesWriter {

  private static final TypeName ANSWER =
      ParameterizedTypeName.get(SpringTypes.RESPONSE_ENTITY, ClassName.OBJECT);

  private MetaResponsesWriter() {}

  static TypeSpec render(GeneratedNames names, StatusTable statuses) {
    TypeName problems = MetaErrorBodies.fieldErrors(names);
    return TypeSpec.classBuilder(names.responses())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Builds the responses of the meta envelope on Spring MVC: the errors of the exception"
                + " handler and\nof the paging checks, and the {@code Location} of the answers.\n\n"
                + "<p>Every error is a {@code ResponseEntity} whose {@code Content-Type} is set:"
                + " Spring then writes\nit as JSON whatever the request accepts, as the style"
                + " answers every error.\n")
        .addAnnotation(SourceFiles.generated())
        .addField(MetaErrorBodies.internalErrorDetail())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            publicStatic("error", ANSWER)
                .addJavadoc(
                    "An error response with {@code status}. On a 400, {@code detailed} lists the"
                        + " problems as they are,\neach naming its field; on other statuses, as"
                        + " sentences.\n")
                .addParameter(names.status(), "status")
                .addParameter(problems, "problems")
                .addStatement("return error(status, problems, $T.EMPTY)", SpringTypes.HTTP_HEADERS)
                .build())
        .addMethod(headedError(names, problems))
        .addMethod(violations(names, statuses))
        .addMethod(MetaErrorBodies.bounded(names))
        .addMethod(
            publicStatic("error", ANSWER)
                .addJavadoc(
                    "An error response with {@code status} whose {@code detailed} says {@code"
                        + " detail}, about no single\nfield.\n")
                .addParameter(names.status(), "status")
                .addParameter(String.class, "detail")
                .addStatement(
                    "return error(status, $T.of(new $T(null, detail)))",
                    List.class,
                    names.fieldError())
                .build())
        .addMethod(
            publicStatic("internalError", ANSWER)
                .addJavadoc(
                    "A 500 that says nothing about its cause: no message, class or stack trace"
                        + " reaches the client.\n")
                .addStatement("return error($L, INTERNAL_ERROR_DETAIL)", statuses.constant(500))
                .build())
        .addMethod(fromFramework(names))
        .addMethod(
            MetaErrorBodies.messageOf(
                names.status(),
                "status",
                "status.message()",
                "the message of {@code status}\nwhen it has none, or when reading it fails.\n"))
        .addMethod(locationOf(names))
        .addMethod(MetaErrorBodies.frameworkDetail(names.status()))
        .build();
  }

  private static MethodSpec.Builder publicStatic(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns);
  }

  private static MethodSpec headedError(GeneratedNames names, TypeName problems) {
    return MethodSpec.methodBuilder("error")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ANSWER)
        .addParameter(names.status(), "status")
        .addParameter(problems, "problems")
        .addParameter(SpringTypes.HTTP_HEADERS, "headers")
        .addCode(MetaErrorBodies.envelope(names))
        .addStatement(
            "return"
                + " $T.status(status.statusCode()).headers(headers)$W.contentType($T.APPLICATION_JSON).body(envelope)",
            SpringTypes.RESPONSE_ENTITY,
            SpringTypes.MEDIA_TYPE)
        .build();
  }

  private static MethodSpec violations(GeneratedNames names, StatusTable statuses) {
    TypeName byField =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(List.class, String.class));
    TypeName entry =
        ParameterizedTypeName.get(
            ClassName.get(Map.Entry.class),
            ClassName.get(String.class),
            ParameterizedTypeName.get(List.class, String.class));
    return publicStatic("violations", ANSWER)
        .addJavadoc(
            "A 400 for values that do not validate: one problem per field, its messages joined in"
                + " order.\n")
        .addParameter(byField, "messages")
        .addStatement(
            "$T problems = new $T<>()",
            ParameterizedTypeName.get(ClassName.get(List.class), names.fieldError()),
            ArrayList.class)
        .beginControlFlow("for ($T field : messages.entrySet())", entry)
        .addStatement(
            "problems.add(new $T(field.getKey(), $T.join($S, field.getValue())))",
            names.fieldError(),
            String.class,
            "; ")
        .endControlFlow()
        .addStatement("return error($L, problems)", statuses.constant(400))
        .build();
  }

  private static MethodSpec fromFramework(GeneratedNames names) {
    return publicStatic("fromFramework", ANSWER)
        .addJavadoc(
            "The envelope of an error Spring raised, such as a 404 for a path no handler matches:"
                + " its status\nand headers (such as {@code Allow} on a 405) are kept, its message"
                + " is not shown.\n")
        .addParameter(SpringTypes.HTTP_STATUS_CODE, "statusCode")
        .addParameter(SpringTypes.HTTP_HEADERS, "headers")
        .addStatement(
            "$T known = $T.resolve(statusCode.value())",
            SpringTypes.HTTP_STATUS,
            SpringTypes.HTTP_STATUS)
        .addStatement(
            "$T status = $T.of(statusCode.value(), known == null ? $S : known.getReasonPhrase())",
            names.status(),
            names.status(),
            "Unknown")
        .addStatement(
            "return error(status, $T.of(new $T(null, frameworkDetail(status))), headers)",
            List.class,
            names.fieldError())
        .build();
  }

  /** {@code locationOf(request, id, links)}, which every style with a {@code Location} shares. */
  static MethodSpec locationOf(GeneratedNames names) {
    return publicStatic("locationOf", ClassName.get(String.class))
        .addJavadoc(
            "The location of a resource created under the request's path: the path followed by"
                + " {@code id},\nencoded as one path segment, linked as {@link $T} links.\n",
            names.publicLinks())
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(Object.class, "id")
        .addParameter(names.publicLinks(), "links")
        .addStatement("$T path = $T.requestPath(request)", String.class, names.publicLinks())
        .addStatement(
            "$T segment = $T.encodePathSegment($T.valueOf(id), $T.UTF_8)",
            String.class,
            SpringTypes.URI_UTILS,
            String.class,
            StandardCharsets.class)
        .addStatement(
            "return links.link(request, (path.endsWith($S) ? path : path + $S) + segment)",
            "/",
            "/")
        .build();
  }
}
