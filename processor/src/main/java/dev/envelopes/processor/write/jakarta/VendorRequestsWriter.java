package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.RequestIds;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorErrorDetails;
import dev.envelopes.processor.write.VendorVersionConstants;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the vendor style's pre-matching filter, which reads the version a request names and its
 * id, and the response filter that answers the request id on the way out.
 */
record VendorRequestsWriter(GeneratedNames names, VendorDeclaration vendor, boolean mixed) {

  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);

  /** The pre-matching filter: the version a request names, and its id. */
  TypeSpec render() {
    ClassName self = names.vendorRequests();
    ClassName responses = names.vendorResponses();
    String version = Integer.toString(vendor.version());
    return SupportMembers.preMatchingFilter(self)
        .addJavadoc(
            """
Reads what every request to the vendor API says before it is matched to a resource: its id, and
the API version it names. {@code $L} in {@code Accept} is answered as JSON by the resources,
and a {@code /v$L} path prefix is taken off; another version in either place is answered
{@code unsupported_version}. A request without an acceptable {@code $L} header gets a new id
in that header, so that everything after reads the same one. A request is the vendor's when its path,
prefix aside, is one the vendor style answers; the filter leaves every other request as it
came, so that a {@code /v$L} prefix or the vendor's media type means nothing to the other
styles' resources.
""",
            vendor.mediaType(),
            version,
            RequestIds.HEADER,
            version)
        .addField(
            SupportMembers.requestProperty(
                self,
                Modifier.PUBLIC,
                "REQUEST_ID",
                ".requestId",
                "holds the id of a request the vendor style answers"))
        .addFields(VendorVersionConstants.of(vendor))
        .addMethod(
            vendorRequestsOnly(
                    SupportMembers.requestFilter()
                        .addStatement(
                            "$T requested = $T.current(request)", URI.class, names.requestUris())
                        .addStatement(
                            "$T.VersionedPath versioned ="
                                + " $T.versionedPath(request.getUriInfo().getBaseUri(), requested)",
                            RuntimeTypes.VENDOR_VERSIONS,
                            RuntimeTypes.VENDOR_VERSIONS))
                .addStatement(
                    "$T id = $T.of(request.getHeaderString($T.REQUEST_ID_HEADER))",
                    String.class,
                    RuntimeTypes.REQUEST_IDS,
                    responses)
                .addStatement("request.setProperty(REQUEST_ID, id)")
                .addStatement("replace(request, $T.REQUEST_ID_HEADER, id)", responses)
                .beginControlFlow("if (versioned != null)")
                .beginControlFlow("if (!versioned.version().equals(VERSION))")
                .addStatement("request.abortWith(unsupportedVersion(404, versioned.version()))")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "$T.rewrite(request, $T.create(request.getUriInfo().getBaseUri()"
                        + " + versioned.rest() + query(requested)))",
                    names.requestUris(),
                    URI.class)
                .endControlFlow()
                .addStatement(
                    "$T accepted = request.getHeaders().get($T.ACCEPT)",
                    STRINGS,
                    LibraryTypes.HTTP_HEADERS)
                .beginControlFlow("if (accepted == null)")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "$T.Accept accept = $T.accept(accepted, VENDOR_TYPE, VERSION)",
                    RuntimeTypes.VENDOR_VERSIONS,
                    RuntimeTypes.VENDOR_VERSIONS)
                .beginControlFlow("if (accept.refusedVersion() != null)")
                .addStatement("request.abortWith(unsupportedVersion(406, accept.refusedVersion()))")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "replace(request, $T.ACCEPT, accept.rewritten())", LibraryTypes.HTTP_HEADERS)
                .build())
        .addMethod(
            Members.privateStatic("replace")
                .addJavadoc(
                    """
Sets the request header {@code name} to {@code value}. The values a container read may not be
changed in place, so they are replaced.
""")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addStatement("request.getHeaders().remove(name)")
                .addStatement("request.getHeaders().add(name, value)")
                .build())
        .addMethod(
            Members.privateStatic("query")
                .returns(String.class)
                .addJavadoc(
                    "The query of {@code uri}, still encoded, with its {@code ?}, or nothing.\n")
                .addParameter(URI.class, "uri")
                .addStatement("$T query = uri.getRawQuery()", String.class)
                .addStatement("return query == null ? $S : $S + query", "", "?")
                .build())
        .addMethod(VendorErrorDetails.unsupportedVersion(responses, LibraryTypes.RESPONSE, vendor))
        .build();
  }

  /**
   * Ends the filter for a request that is not the vendor's, when the API has other styles: one
   * whose path, version prefix aside ({@code versioned}), another style answers.
   */
  private MethodSpec.Builder vendorRequestsOnly(MethodSpec.Builder filter) {
    if (!mixed) {
      return filter;
    }
    return filter
        .beginControlFlow(
            "if ($T.styleOfPath(versioned == null ? request.getUriInfo().getPath() :"
                + " versioned.rest()) != $T.VENDOR)",
            names.exceptionMapper(),
            RuntimeTypes.STYLE)
        .addStatement("return")
        .endControlFlow();
  }

  /** The response filter that gives every vendor answer and error its request id. */
  TypeSpec requestIds() {
    ClassName responses = names.vendorResponses();
    return Members.supportClass(names.vendorRequestIds())
        .addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addJavadoc(
            """
Answers the request id on the way out: in the {@code $L} header of every answer to a request
that has one ({@link $T} found it the vendor's, or a vendor answer asked for it) and of every
vendor error, and as the {@code request_uuid} of a {@link $T}, which the exception mapper builds
without one. The other styles' answers get none.
""",
            RequestIds.HEADER,
            names.vendorRequests(),
            names.vendorError())
        .addMethod(
            SupportMembers.responseFilter()
                .beginControlFlow(
                    "if (request.getProperty($T.REQUEST_ID) == null"
                        + " && !(response.getEntity() instanceof $T))",
                    names.vendorRequests(),
                    names.vendorError())
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T id = $T.requestIdOf(request)", String.class, responses)
                .addStatement(
                    "response.getHeaders().putSingle($T.REQUEST_ID_HEADER, id)", responses)
                .beginControlFlow(
                    "if (response.getEntity() instanceof $T error && error.requestUuid() == null)",
                    names.vendorError())
                .addCode(
                    ResponsesWriter.setEntity(
                        "error.withRequestUuid(id)", CodeBlock.of("$T.MEDIA_TYPE", responses)))
                .endControlFlow()
                .build())
        .build();
  }
}
