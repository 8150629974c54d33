package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.RequestIds;
import dev.envelopes.VendorVersions;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.KeepingConstructors;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorErrorDetails;
import dev.envelopes.processor.write.VendorVersionConstants;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the vendor style's servlet filter, which reads the version a request names and its id
 * before Spring MVC matches it to a handler, and the advice that answers the request id in every
 * vendor error body.
 */
record VendorRequestsWriter(SpringNames springNames, VendorDeclaration vendor, boolean mixed) {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final String RESOLVER_BEAN = "handlerExceptionResolver";

  private GeneratedNames names() {
    return springNames.shared();
  }

  private TypeName resolvers() {
    return ParameterizedTypeName.get(
        SpringTypes.OBJECT_PROVIDER, SpringTypes.HANDLER_EXCEPTION_RESOLVER);
  }

  /** The filter: the version a request names, and its id. */
  TypeSpec requests() {
    ClassName self = names().vendorRequests();
    ClassName responses = names().vendorResponses();
    ClassName versioned = self.nestedClass("Versioned");
    String version = Integer.toString(vendor.version());
    MethodSpec.Builder filter =
        ServletFilters.doFilterInternal()
            .addStatement(
                "$T path = request.getRequestURI().substring(request.getContextPath().length())",
                String.class)
            .addStatement(
                "$T.VersionedPath versioned = $T.versionedPath(path.startsWith($S) ?"
                    + " path.substring(1) : path)",
                VendorVersions.class,
                VendorVersions.class,
                "/");
    if (mixed) {
      filter
          .beginControlFlow(
              "if ($T.styleOfPath(versioned == null ? path : versioned.rest()) != $T.VENDOR)",
              springNames.endpoints(),
              RuntimeTypes.STYLE)
          .addStatement("chain.doFilter(request, response)")
          .addStatement("return")
          .endControlFlow();
    }
    filter
        .addStatement("$T id = $T.requestIdOf(request)", String.class, responses)
        .addStatement("response.setHeader($T.REQUEST_ID_HEADER, id)", responses)
        .beginControlFlow("if (versioned != null && !versioned.version().equals(VERSION))")
        .addStatement("refuse(request, response, unsupportedVersion(404, versioned.version()))")
        .addStatement("return")
        .endControlFlow()
        .addStatement(
            "$T accepted = $T.list(request.getHeaders($T.ACCEPT))",
            ParameterizedTypeName.get(List.class, String.class),
            Collections.class,
            SpringTypes.HTTP_HEADERS)
        .addStatement("$T accept = null", String.class)
        .beginControlFlow("if (!accepted.isEmpty())")
        .addStatement(
            "$T.Accept read = $T.accept(accepted, VENDOR_TYPE, VERSION)",
            VendorVersions.class,
            VendorVersions.class)
        .beginControlFlow("if (read.refusedVersion() != null)")
        .addStatement("refuse(request, response, unsupportedVersion(406, read.refusedVersion()))")
        .addStatement("return")
        .endControlFlow()
        .addStatement("accept = read.rewritten()")
        .endControlFlow()
        .beginControlFlow("if (versioned == null && accept == null)")
        .addStatement("chain.doFilter(request, response)")
        .nextControlFlow("else")
        .addComment("The links keep the path as sent, the version prefix included.")
        .addStatement(
            "request.setAttribute($T.SENT_PATH, request.getRequestURI())", names().publicLinks())
        .addStatement(
            "chain.doFilter(new $T(request, versioned == null ? null : $S + versioned.rest(),"
                + " accept), response)",
            versioned,
            "/")
        .endControlFlow();
    return ServletFilters.filterClass(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            """
Reads what every request to the vendor API says before Spring MVC matches it to a handler: its id,
and the API version it names. {@code $L} in {@code Accept} is answered as JSON by the
handlers, and a {@code /v$L} path prefix is taken off the path Spring MVC matches (the links keep
it); another version in either place is answered {@code unsupported_version}. Every answer to a
vendor request carries its id in {@code $L}: the request's own when acceptable, else a new one.
""",
            vendor.mediaType(),
            version,
            RequestIds.HEADER)
        .addJavadoc(
            mixed
                ? "A request is the vendor's when its path, prefix aside, is one the vendor style"
                    + " answers; the filter\nleaves every other request as it came.\n"
                : "")
        .addField(
            FieldSpec.builder(
                    String.class, "REQUEST_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The request attribute that holds the id of a vendor request.\n")
                .initializer("$T.class.getName() + $S", self, ".requestId")
                .build())
        .addFields(VendorVersionConstants.of(vendor))
        .addField(
            FieldSpec.builder(resolvers(), "refusals", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc(
                    """
Spring MVC's exception resolvers, which answer a refused request as the exception handler
answers any refusal.
""")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(resolvers(), "refusals")
                .addStatement("this.refusals = refusals")
                .build())
        .addMethod(filter.build())
        .addMethod(
            MethodSpec.methodBuilder("refuse")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                    "Answers {@code answer} as Spring MVC answers a refusal, through {@link $T}.\n",
                    springNames.exceptionHandler())
                .addParameter(SpringTypes.REQUEST, "request")
                .addParameter(SpringTypes.RESPONSE, "response")
                .addParameter(SpringTypes.ANSWER, "answer")
                .addException(SpringTypes.SERVLET_EXCEPTION)
                .addStatement(
                    "$T refusal = new $T(answer)", springNames.refusal(), springNames.refusal())
                .beginControlFlow(
                    "if (refusals.getObject().resolveException(request, response, null, refusal)"
                        + " == null)")
                .addStatement("throw new $T(refusal)", SpringTypes.SERVLET_EXCEPTION)
                .endControlFlow()
                .build())
        .addMethod(VendorErrorDetails.unsupportedVersion(responses, SpringTypes.ANSWER, vendor))
        .addType(versioned(versioned))
        .build();
  }

  /** The request as Spring MVC reads it: its path without the version, its {@code Accept} read. */
  private TypeSpec versioned(ClassName self) {
    TypeName strings = ParameterizedTypeName.get(Enumeration.class, String.class);
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(SpringTypes.REQUEST_WRAPPER)
        .addJavadoc(
            """
A vendor request as Spring MVC is to read it: its path within the application without the version
prefix, {@code null} when it had none, and its {@code Accept} with the vendor's type read,
{@code null} when it sent none. Its links take the path it was sent to from {@link $T#SENT_PATH},
so that they keep the prefix.
""",
            names().publicLinks())
        .addField(String.class, "path", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "accept", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            KeepingConstructors.keeping(
                    MethodSpec.constructorBuilder()
                        .addParameter(SpringTypes.REQUEST, "request")
                        .addStatement("super(request)"),
                    List.of(STRING, STRING),
                    List.of("path", "accept"))
                .build())
        .addMethod(
            Members.publicOverride("getRequestURI")
                .returns(String.class)
                .addStatement(
                    "return path == null ? super.getRequestURI() : getContextPath() + path")
                .build())
        .addMethod(
            Members.publicOverride("getServletPath")
                .returns(String.class)
                .addStatement("$T servletPath = super.getServletPath()", String.class)
                .addStatement("$T prefix = $S + VERSION", String.class, "/v")
                .addStatement(
                    "return path == null || !servletPath.startsWith(prefix) ? servletPath"
                        + " : servletPath.substring(prefix.length())")
                .build())
        .addMethod(
            Members.publicOverride("getHeader")
                .returns(String.class)
                .addParameter(String.class, "name")
                .addStatement(
                    "return accept != null && $T.ACCEPT.equalsIgnoreCase(name) ? accept :"
                        + " super.getHeader(name)",
                    SpringTypes.HTTP_HEADERS)
                .build())
        .addMethod(
            Members.publicOverride("getHeaders")
                .returns(strings)
                .addParameter(String.class, "name")
                .addStatement(
                    "return accept != null && $T.ACCEPT.equalsIgnoreCase(name)"
                        + " ? $T.enumeration($T.of(accept)) : super.getHeaders(name)",
                    SpringTypes.HTTP_HEADERS,
                    Collections.class,
                    List.class)
                .build())
        .build();
  }

  /** The advice that answers the request id in every vendor error body and its header. */
  TypeSpec requestIds() {
    ClassName error = names().vendorError();
    ClassName responses = names().vendorResponses();
    return Members.supportClass(names().vendorRequestIds())
        .addSuperinterface(ParameterizedTypeName.get(SpringTypes.BODY_ADVICE, ClassName.OBJECT))
        .addJavadoc(
            """
Answers the request id of every {@link $T}, which the exception handler builds without one: as its
{@code request_uuid} and in the {@code $L} header, set on the servlet response itself, so that
it is there once whoever set it first. The other bodies pass as they are.
""",
            error,
            RequestIds.HEADER)
        .addAnnotation(SpringTypes.CONTROLLER_ADVICE)
        .addMethod(MvcCallbacks.supports().addStatement("return true").build())
        .addMethod(
            MvcCallbacks.beforeBodyWrite()
                .beginControlFlow(
                    "if (!(body instanceof $T vendorError) || vendorError.requestUuid() != null\n"
                        + "|| !(request instanceof $T servletRequest)\n"
                        + "|| !(response instanceof $T servletResponse))",
                    error,
                    SpringTypes.SERVLET_SERVER_REQUEST,
                    SpringTypes.SERVLET_SERVER_RESPONSE)
                .addStatement("return body")
                .endControlFlow()
                .addStatement(
                    "$T id = $T.requestIdOf(servletRequest.getServletRequest())",
                    String.class,
                    responses)
                .addStatement(
                    "servletResponse.getServletResponse().setHeader($T.REQUEST_ID_HEADER, id)",
                    responses)
                .addStatement("return vendorError.withRequestUuid(id)")
                .build())
        .build();
  }

  /** The beans of the configuration that install the filter and the advice. */
  List<MethodSpec> beans() {
    ClassName requests = names().vendorRequests();
    TypeName registration = ParameterizedTypeName.get(SpringTypes.FILTER_REGISTRATION, requests);
    return List.of(
        MethodSpec.methodBuilder("envelopesVendorRequests")
            .addAnnotation(SpringTypes.BEAN)
            .returns(registration)
            .addJavadoc(
                """
The vendor style's filter, right after {@link $T}: ahead of the application's filters, so that
they see the request as the vendor style reads it.
""",
                names().headers())
            .addParameter(
                ParameterSpec.builder(resolvers(), "refusals")
                    .addAnnotation(
                        AnnotationSpec.builder(SpringTypes.QUALIFIER)
                            .addMember("value", "$S", RESOLVER_BEAN)
                            .build())
                    .build())
            .addStatement("$T filter = new $T(refusals)", requests, requests)
            .addStatement(
                "$T registration = new $T<>(filter)", registration, SpringTypes.FILTER_REGISTRATION)
            .addStatement("registration.setOrder($T.HIGHEST_PRECEDENCE + 1)", SpringTypes.ORDERED)
            .addStatement("return registration")
            .build(),
        MethodSpec.methodBuilder("envelopesVendorRequestIds")
            .addAnnotation(SpringTypes.BEAN)
            .returns(names().vendorRequestIds())
            .addStatement("return new $T()", names().vendorRequestIds())
            .build());
  }
}
