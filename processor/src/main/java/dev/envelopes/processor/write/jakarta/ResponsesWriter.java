package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.CreatedLocations;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.InternalErrors;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.MetaErrorBodies;
import java.net.URI;
import java.util.List;

/**
 * Renders the class that builds every response of the meta envelope: the successful answers of the
 * resource methods, and the error responses of the exception mapper and the paging checks.
 */
final class ResponsesWriter {

  private static final ClassName LEVEL = ClassName.get(System.Logger.Level.class);

  /** The JSON media type, as generated code names it. */
  static final CodeBlock JSON = CodeBlock.of("$T.APPLICATION_JSON_TYPE", LibraryTypes.MEDIA_TYPE);

  /**
   * The statements that make {@code entity} the response's entity in {@code mediaType}, keeping the
   * entity annotations (such as the method's {@code @JsonView}, which the JSON provider reads):
   * {@code setEntity(Object)} keeps them, where passing {@code getEntityAnnotations()} would copy
   * them on every response, as the runtime returns a copy; the media type is the {@code
   * Content-Type} header.
   */
  static CodeBlock setEntity(String entity, CodeBlock mediaType) {
    return CodeBlock.builder()
        .addStatement("response.setEntity($L)", entity)
        .addStatement(
            "response.getHeaders().putSingle($T.CONTENT_TYPE, $L)",
            LibraryTypes.HTTP_HEADERS,
            mediaType)
        .build();
  }

  private ResponsesWriter() {}

  static TypeSpec render(GeneratedNames names, StatusTable statuses) {
    ClassName self = names.responses();
    ClassName status = names.status();
    return Members.supportClass(self)
        .addJavadoc(
            """
Builds the responses of the meta envelope: the answers of the resource methods, and the error
responses of the exception mapper and of the paging checks.
""")
        .addField(ErrorMessages.log(self))
        .addField(MetaErrorBodies.internalErrorDetail())
        .addMethod(Members.privateConstructor())
        .addMethod(isMethodResult())
        .addMethod(
            answer(
                CodeBlock.of(
                    "Answers with {@code envelope} as JSON, and the HTTP status it states.\n"),
                status,
                "status.statusCode()",
                JSON))
        .addMethod(
            answerWithLocation(
                CodeBlock.of(
                    """
                    Answers as {@link #answer($T, $T, $T)} does, with a {@code Location} header.
                    """,
                    LibraryTypes.RESPONSE_CONTEXT,
                    status,
                    Object.class),
                status))
        .addMethod(locationOf(names))
        .addMethod(answerNullResult(self))
        .addMethod(error(names))
        .addMethod(MetaErrorBodies.bounded(names))
        .addMethod(MetaErrorBodies.detailError(names, LibraryTypes.RESPONSE))
        .addMethod(InternalErrors.meta(LibraryTypes.RESPONSE, statuses))
        .addMethod(fromFramework(status))
        .addMethod(MetaErrorBodies.messageOf(status))
        .addMethod(MetaErrorBodies.frameworkDetail(status))
        .build();
  }

  /**
   * {@code answer(response, status, envelope)} and its variant with a {@code Location}, for the
   * styles whose statuses are plain numbers; {@code mediaType} is the code of the answer's media
   * type, and {@code described} how the javadoc names it.
   */
  static List<MethodSpec> answerWithStatus(CodeBlock mediaType, String described) {
    return List.of(
        answer(
            CodeBlock.of("Answers with {@code envelope} $L and {@code status}.\n", described),
            TypeName.INT,
            "status",
            mediaType),
        answerWithLocation(
            CodeBlock.of("Answers as the method above does, with a {@code Location} header.\n"),
            TypeName.INT));
  }

  /**
   * {@code answer(response, status, envelope)}, described by {@code javadoc}: the response's status
   * is {@code statusCode}, read from {@code status}, and its entity the envelope in {@code
   * mediaType}.
   */
  private static MethodSpec answer(
      CodeBlock javadoc, TypeName status, String statusCode, CodeBlock mediaType) {
    return Members.publicStatic("answer")
        .addJavadoc(javadoc)
        .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
        .addParameter(status, "status")
        .addParameter(Object.class, "envelope")
        .addStatement("response.setStatus($L)", statusCode)
        .addCode(setEntity("envelope", mediaType))
        .build();
  }

  /** {@code answer(response, status, envelope, location)}, described by {@code javadoc}. */
  private static MethodSpec answerWithLocation(CodeBlock javadoc, TypeName status) {
    return Members.publicStatic("answer")
        .addJavadoc(javadoc)
        .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
        .addParameter(status, "status")
        .addParameter(Object.class, "envelope")
        .addParameter(URI.class, "location")
        .addStatement("answer(response, status, envelope)")
        .addStatement(
            "response.getHeaders().putSingle($T.LOCATION, location)", LibraryTypes.HTTP_HEADERS)
        .build();
  }

  /**
   * The opening of the responses class {@code self} of a style whose 500 says {@code
   * internalErrorMessage}, described by {@code javadoc} with {@code args}: its logger and that
   * message, its private constructor, and the check of a method's result every style shares.
   */
  static TypeSpec.Builder plainMessageResponses(
      ClassName self, String internalErrorMessage, String javadoc, Object... args) {
    return Members.supportClass(self)
        .addJavadoc(javadoc, args)
        .addFields(ErrorMessages.logAndInternalErrorMessage(self, internalErrorMessage))
        .addMethod(Members.privateConstructor())
        .addMethod(isMethodResult());
  }

  /** Shared by the responses of every style. */
  static MethodSpec isMethodResult() {
    return Members.publicStatic("isMethodResult", TypeName.BOOLEAN)
        .addJavadoc(
            """
Whether {@code response} carries what the resource method returned: 200 with its value, or 204 when
it returned nothing. Errors are enveloped by the exception mapper already.
""")
        .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
        .addStatement("return response.getStatus() == 200 || response.getStatus() == 204")
        .build();
  }

  /** Shared by the responses of every style. */
  static MethodSpec locationOf(GeneratedNames names) {
    return CreatedLocations.locationOf(
            ClassName.get(URI.class), LibraryTypes.REQUEST_CONTEXT, names.publicLinks())
        .addStatement(
            "return $T.location(request,$W$T.sentPathBuilder(request).path($S).build(new $T[] {id},"
                + " true))",
            names.publicLinks(),
            names.requestUris(),
            "{id}",
            Object.class)
        .build();
  }

  /** Shared by the responses of every style. */
  static MethodSpec answerNullResult(ClassName self) {
    return Members.publicStatic("answerNullResult")
        .addJavadoc(
            """
Answers 500 for a resource method that returned {@code null} where its envelope needs a value,
and logs which method it was.
""")
        .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
        .addParameter(String.class, "method")
        .addStatement(
            "LOG.log($T.ERROR, method + $S)",
            LEVEL,
            " returned null, which its envelope cannot hold; answered 500")
        .addStatement("$T error = internalError()", LibraryTypes.RESPONSE)
        .addStatement("response.setStatus(error.getStatus())")
        .addCode(setEntity("error.getEntity()", JSON))
        .build();
  }

  private static MethodSpec error(GeneratedNames names) {
    return ErrorMethod.meta(names)
        .head(LibraryTypes.RESPONSE)
        .addCode(MetaErrorBodies.envelope(names))
        .addStatement(
            "return $T.status(status.statusCode()).type($L).entity(envelope).build()",
            LibraryTypes.RESPONSE,
            JSON)
        .build();
  }

  private static MethodSpec fromFramework(ClassName status) {
    return SupportMembers.fromFramework(
        """
The envelope of an error the framework raised, such as a 404 for a path no resource matches; its
status and headers (such as {@code Allow} on a 405) are kept, its message is not shown. A response
that is no error, or that already has a body, is returned as it is.
""",
        CodeBlock.builder()
            .addStatement(
                "$T status = $T.of(response.getStatus(),"
                    + " response.getStatusInfo().getReasonPhrase())",
                status,
                status)
            .addStatement(
                "$T error = error(status, frameworkDetail(status))", LibraryTypes.RESPONSE)
            .build(),
        "",
        JSON);
  }
}
