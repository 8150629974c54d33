package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.UndeclaredErrors;
import dev.envelopes.processor.write.VendorErrorDetails;

/**
 * Renders the builder of the vendor style's answers: {@code {data, request_id}} on success, the
 * vendor error body on error, and the answers to the framework's own errors.
 */
record VendorResponsesWriter(GeneratedNames names, VendorDeclaration vendor) {

  TypeSpec render() {
    ClassName self = names.vendorResponses();
    return ResponsesWriter.plainMessageResponses(
            self,
            VendorConvention.INTERNAL_ERROR_MESSAGE,
            """
Builds the answers of the vendor style, all in its media type: {@code {data, request_id}} from
the resource method's value, and {@link $T} for errors.
""",
            names.vendorError())
        .addField(VendorErrorDetails.mediaType(LibraryTypes.MEDIA_TYPE, vendor))
        .addField(VendorErrorDetails.requestIdHeader())
        .addField(VendorErrorDetails.linkBase(vendor))
        .addMethod(
            Members.publicStatic("requestIdOf", String.class)
                .addJavadoc(
                    """
The id of the request, which {@link $T} checked or made before the request was matched;
for a request it did not take, such as one a locator of another style's resource hands
to a vendor sub-resource, checked or made now and kept for the rest of the request.
""",
                    names.vendorRequests())
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T id = request.getProperty($T.REQUEST_ID)",
                    Object.class,
                    names.vendorRequests())
                .beginControlFlow("if (id == null)")
                .addStatement(
                    "id = $T.of(request.getHeaderString(REQUEST_ID_HEADER))",
                    RuntimeTypes.REQUEST_IDS)
                .addStatement("request.setProperty($T.REQUEST_ID, id)", names.vendorRequests())
                .endControlFlow()
                .addStatement("return ($T) id", String.class)
                .build())
        .addMethods(
            ResponsesWriter.answerWithStatus(
                CodeBlock.of("MEDIA_TYPE"), "in the vendor media type"))
        .addMethod(ResponsesWriter.locationOf(names))
        .addMethod(ResponsesWriter.answerNullResult(self))
        .addMethod(VendorErrorDetails.detail(names))
        .addMethod(VendorErrorDetails.more(names))
        .addMethod(
            ErrorMethod.vendor(names)
                .head(LibraryTypes.RESPONSE)
                .addStatement(
                    "return $T.status(status).type(MEDIA_TYPE).entity(new $T(null, $S,"
                        + " $T.listed(errors, $T::more))).build()",
                    LibraryTypes.RESPONSE,
                    names.vendorError(),
                    "error",
                    RuntimeTypes.ERROR_BOUNDS,
                    names.vendorResponses())
                .build())
        .addMethod(VendorErrorDetails.oneError(LibraryTypes.RESPONSE))
        .addMethods(UndeclaredErrors.vendor(LibraryTypes.RESPONSE, fromFramework()))
        .build();
  }

  private static MethodSpec fromFramework() {
    return SupportMembers.fromFramework(
        """
The answer to an error the framework raised, such as a 404 for a path no resource matches: its
status and headers are kept, its message is not shown. A response that is no error, or that
already has a body, is returned as it is.
""",
        CodeBlock.builder()
            .addStatement("int status = response.getStatus()")
            .add(VendorErrorDetails.frameworkCode())
            .addStatement(
                "$T error = error(status, code, frameworkMessage(status), null)",
                LibraryTypes.RESPONSE)
            .build(),
        "",
        CodeBlock.of("MEDIA_TYPE"));
  }
}
