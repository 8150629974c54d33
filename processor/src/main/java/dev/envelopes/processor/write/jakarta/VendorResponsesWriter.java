package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.ErrorMessages;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the builder of the vendor style's answers: {@code {data, request_id}} on success, the
 * vendor error body on error, and the answers to the framework's own errors.
 */
record VendorResponsesWriter(GeneratedNames names, VendorDeclaration vendor) {

  TypeSpec render() {
    ClassName self = names.vendorResponses();
    return SupportMembers.supportClass(self)
        .addJavadoc(
            "Builds the answers of the vendor style, all in its media type: {@code {data,"
                + " request_id}} from\nthe resource method's value, and {@link $T} for errors.\n",
            names.vendorError())
        .addFields(
            ErrorMessages.logAndInternalErrorMessage(self, VendorConvention.INTERNAL_ERROR_MESSAGE))
        .addField(
            FieldSpec.builder(
                    LibraryTypes.MEDIA_TYPE,
                    "MEDIA_TYPE",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The vendor media type every answer carries.\n")
                .initializer("$T.valueOf($S)", LibraryTypes.MEDIA_TYPE, vendor.mediaType())
                .build())
        .addField(
            FieldSpec.builder(
                    String.class,
                    "REQUEST_ID_HEADER",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The header that carries the request id, in and out.\n")
                .initializer("$T.HEADER", LibraryTypes.REQUEST_IDS)
                .build())
        .addField(
            FieldSpec.builder(
                    String.class, "LINK_BASE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Where error codes are documented; an error's link adds its code.\n")
                .initializer("$S", vendor.errorLinkBase())
                .build())
        .addMethod(SupportMembers.privateConstructor())
        .addMethod(ResponsesWriter.isMethodResult())
        .addMethod(
            SupportMembers.publicStatic("requestIdOf", String.class)
                .addJavadoc(
                    "The id of the request, which {@link $T} checked or made before the request"
                        + " was matched;\nfor a request it did not take, such as one a locator of"
                        + " another style's resource hands\nto a vendor sub-resource, checked or"
                        + " made now and kept for the rest of the request.\n",
                    names.vendorRequests())
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T id = request.getProperty($T.REQUEST_ID)",
                    Object.class,
                    names.vendorRequests())
                .beginControlFlow("if (id == null)")
                .addStatement(
                    "id = $T.of(request.getHeaderString(REQUEST_ID_HEADER))",
                    LibraryTypes.REQUEST_IDS)
                .addStatement("request.setProperty($T.REQUEST_ID, id)", names.vendorRequests())
                .endControlFlow()
                .addStatement("return ($T) id", String.class)
                .build())
        .addMethods(
            ResponsesWriter.answerWithStatus(
                CodeBlock.of("MEDIA_TYPE"), "in the vendor media type"))
        .addMethod(
            SupportMembers.publicStatic("locationOf", URI.class)
                .addJavadoc(
                    "The location of a resource created under the request's path, as the client"
                        + " sent it\n(version prefix included): the path followed by {@code id},"
                        + " encoded as one path segment,\nlinked as {@link $T} links.\n",
                    names.publicLinks())
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(Object.class, "id")
                .addStatement(VendorRequestsWriter.sentUri(names))
                .addStatement(
                    "$T path = sent == null ? request.getUriInfo().getAbsolutePathBuilder() :"
                        + " $T.fromUri(sent).replaceQuery(null)",
                    LibraryTypes.URI_BUILDER,
                    LibraryTypes.URI_BUILDER)
                .addStatement(
                    "return $T.location(request, path.path($S).build(new $T[] {id}, true))",
                    names.publicLinks(),
                    "{id}",
                    Object.class)
                .build())
        .addMethod(ResponsesWriter.answerNullResult(self))
        .addMethod(
            SupportMembers.publicStatic("detail", names.vendorErrorDetail())
                .addJavadoc(
                    "One error with {@code code}: its link is the code's documentation, its"
                        + " description mirrors\n{@code message}; {@code attribute} is {@code null}"
                        + " for an error about no attribute.\n")
                .addParameter(String.class, "code")
                .addParameter(String.class, "message")
                .addParameter(String.class, "attribute")
                .addComment("Cut to their bounds, so that no request makes a large answer.")
                .addStatement(
                    "$T said = $T.message(message)", String.class, LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "return new $T(said, code, LINK_BASE + code, said, $T.name(attribute))",
                    names.vendorErrorDetail(),
                    LibraryTypes.ERROR_BOUNDS)
                .build())
        .addMethod(
            SupportMembers.publicStatic("more", names.vendorErrorDetail())
                .addJavadoc(
                    "The error that stands for {@code count} errors an answer does not list.\n")
                .addParameter(TypeName.INT, "count")
                .addStatement(
                    "return detail($S, $T.more(count), null)",
                    "invalid_request",
                    LibraryTypes.ERROR_BOUNDS)
                .build())
        .addMethod(
            SupportMembers.publicStatic("error", LibraryTypes.RESPONSE)
                .addJavadoc(
                    "An error response with {@code status} and {@code errors}; {@link $T} fills"
                        + " in the request id.\n",
                    names.vendorRequestIds())
                .addParameter(TypeName.INT, "status")
                .addParameter(VendorSupportWriter.details(names), "errors")
                .addStatement(
                    "return $T.status(status).type(MEDIA_TYPE).entity(new $T(null, $S,"
                        + " $T.listed(errors, $T::more))).build()",
                    LibraryTypes.RESPONSE,
                    names.vendorError(),
                    "error",
                    LibraryTypes.ERROR_BOUNDS,
                    names.vendorResponses())
                .build())
        .addMethod(
            SupportMembers.publicStatic("error", LibraryTypes.RESPONSE)
                .addJavadoc("An error response with one error.\n")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "code")
                .addParameter(String.class, "message")
                .addParameter(String.class, "attribute")
                .addStatement(
                    "return error(status, $T.of(detail(code, message, attribute)))", List.class)
                .build())
        .addMethod(
            SupportMembers.internalError(
                CodeBlock.of(
                    "return error(500, $S, INTERNAL_ERROR_MESSAGE, null)", "internal_error")))
        .addMethod(fromFramework())
        .addMethod(ErrorMessages.messageOf())
        .addMethod(ErrorMessages.frameworkMessage("message"))
        .build();
  }

  private static MethodSpec fromFramework() {
    CodeBlock.Builder codes =
        CodeBlock.builder().add("$T code = switch (status) {\n", String.class);
    codes
        .indent()
        .add("case 401 -> $S;\n", "unauthorized")
        .add("case 403 -> $S;\n", "forbidden")
        .add("case 404 -> $S;\n", "record_not_found")
        .add("case 405 -> $S;\n", "method_not_allowed")
        .add("case 406 -> $S;\n", "not_acceptable")
        .add("case 415 -> $S;\n", "unsupported_media_type")
        .add("default -> status >= 500 ? $S : $S;\n", "internal_error", "invalid_request")
        .unindent()
        .add("};\n");
    return SupportMembers.fromFramework(
            "The answer to an error the framework raised, such as a 404 for a path no resource"
                + " matches: its\nstatus and headers are kept, its message is not shown. A response"
                + " that is no error, or that\nalready has a body, is returned as it is.\n")
        .addStatement("int status = response.getStatus()")
        .addCode(codes.build())
        .addStatement(
            "$T error = error(status, code, frameworkMessage(status), null)", LibraryTypes.RESPONSE)
        .addStatement(
            "return $T.fromResponse(response).entity(error.getEntity()).type(MEDIA_TYPE).build()",
            LibraryTypes.RESPONSE)
        .build();
  }
}
