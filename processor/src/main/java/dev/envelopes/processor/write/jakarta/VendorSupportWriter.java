package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.JsonRecords;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Renders what every resource in the vendor style shares: the error bodies, the builder of answers,
 * the filter that reads the requested version and the request id, the one that puts the request id
 * on errors, and the checks of query parameters and paging.
 */
final class VendorSupportWriter {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName LOGGER = ClassName.get(System.Logger.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);
  private static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final GeneratedNames names;
  private final VendorDeclaration vendor;

  VendorSupportWriter(GeneratedNames names, VendorDeclaration vendor) {
    this.names = names;
    this.vendor = vendor;
  }

  private TypeName details() {
    return ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail());
  }

  TypeSpec errorDetail() {
    return JsonRecords.record(
            names.vendorErrorDetail(),
            CodeBlock.of("One error of a vendor error body."),
            List.of(
                new JsonRecords.Key("message", "message", STRING, "what went wrong, for people"),
                new JsonRecords.Key("code", "code", STRING, "what went wrong, for programs"),
                new JsonRecords.Key("link", "link", STRING, "where the code is documented"),
                new JsonRecords.Key(
                    "description", "description", STRING, "the longer explanation, or the message"),
                new JsonRecords.Key(
                    "attribute",
                    "attribute",
                    STRING,
                    "the attribute at fault, left out when the error concerns none",
                    true)))
        .build();
  }

  TypeSpec error() {
    ClassName self = names.vendorError();
    return JsonRecords.record(
            self,
            CodeBlock.of("The error body of the vendor style."),
            List.of(
                new JsonRecords.Key(
                    "request_uuid",
                    "requestUuid",
                    STRING,
                    "the id of the request, filled in on the way out",
                    false),
                new JsonRecords.Key("status", "status", STRING, "always {@code \"error\"}"),
                new JsonRecords.Key("errors", "errors", details(), "one or more errors")))
        .addMethod(
            MethodSpec.methodBuilder("withRequestUuid")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("The same body for the request {@code requestUuid}.\n")
                .addParameter(String.class, "requestUuid")
                .addStatement("return new $T(requestUuid, status, errors)", self)
                .build())
        .build();
  }

  TypeSpec responses() {
    ClassName self = names.vendorResponses();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "Builds the answers of the vendor style, all in its media type: {@code {data,"
                + " request_id}} from\nthe resource method's value, and {@link $T} for errors.\n",
            names.vendorError())
        .addAnnotation(SourceFiles.generated())
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
                .initializer("$S", REQUEST_ID_HEADER)
                .build())
        .addField(
            FieldSpec.builder(
                    String.class, "LINK_BASE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Where error codes are documented; an error's link adds its code.\n")
                .initializer("$S", vendor.errorLinkBase())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(ResponsesWriter.isMethodResult())
        .addMethod(
            MethodSpec.methodBuilder("requestIdOf")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc(
                    "The id of the request, which {@link $T} checked or made before the request"
                        + " was matched.\n",
                    names.vendorRequests())
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement("return request.getHeaderString(REQUEST_ID_HEADER)")
                .build())
        .addMethods(
            ResponsesWriter.answerWithStatus(
                CodeBlock.of("MEDIA_TYPE"), "in the vendor media type"))
        .addMethod(
            MethodSpec.methodBuilder("locationOf")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(URI.class)
                .addJavadoc(
                    "The location of a resource created under the request's path, as the client"
                        + " sent it\n(version prefix included): the path followed by {@code id},"
                        + " encoded as one path segment,\nlinked as {@link $T} links.\n",
                    names.publicLinks())
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(Object.class, "id")
                .addStatement(
                    "$T sent = ($T) request.getProperty($T.REQUESTED_URI)",
                    URI.class,
                    URI.class,
                    names.vendorRequests())
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
            MethodSpec.methodBuilder("detail")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(names.vendorErrorDetail())
                .addJavadoc(
                    "One error with {@code code}: its link is the code's documentation, its"
                        + " description mirrors\n{@code message}; {@code attribute} is {@code null}"
                        + " for an error about no attribute.\n")
                .addParameter(String.class, "code")
                .addParameter(String.class, "message")
                .addParameter(String.class, "attribute")
                .addComment("Cut to their bounds, so that no request makes a large answer.")
                .addStatement("$T said = $T.message(message)", String.class, LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "return new $T(said, code, LINK_BASE + code, said, $T.name(attribute))",
                    names.vendorErrorDetail(),
                    LibraryTypes.ERROR_BOUNDS)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("more")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(names.vendorErrorDetail())
                .addJavadoc(
                    "The error that stands for {@code count} errors an answer does not list.\n")
                .addParameter(TypeName.INT, "count")
                .addStatement(
                    "return detail($S, $T.more(count), null)",
                    "invalid_request",
                    LibraryTypes.ERROR_BOUNDS)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("error")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(LibraryTypes.RESPONSE)
                .addJavadoc(
                    "An error response with {@code status} and {@code errors}; {@link $T} fills"
                        + " in the request id.\n",
                    names.vendorRequestIds())
                .addParameter(TypeName.INT, "status")
                .addParameter(details(), "errors")
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
            MethodSpec.methodBuilder("error")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(LibraryTypes.RESPONSE)
                .addJavadoc("An error response with one error.\n")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "code")
                .addParameter(String.class, "message")
                .addParameter(String.class, "attribute")
                .addStatement(
                    "return error(status, $T.of(detail(code, message, attribute)))", List.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("internalError")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(LibraryTypes.RESPONSE)
                .addJavadoc(
                    "A 500 that says nothing about its cause: no message, class or stack trace"
                        + " reaches the client.\n")
                .addStatement(
                    "return error(500, $S, INTERNAL_ERROR_MESSAGE, null)", "internal_error")
                .build())
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
    return MethodSpec.methodBuilder("fromFramework")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addJavadoc(
            "The answer to an error the framework raised, such as a 404 for a path no resource"
                + " matches: its\nstatus and headers are kept, its message is not shown. A response"
                + " that is no error, or that\nalready has a body, is returned as it is.\n")
        .addParameter(LibraryTypes.RESPONSE, "response")
        .beginControlFlow("if (response.getStatus() < 400 || response.hasEntity())")
        .addStatement("return response")
        .endControlFlow()
        .addStatement("int status = response.getStatus()")
        .addCode(codes.build())
        .addStatement(
            "$T error = error(status, code, frameworkMessage(status), null)", LibraryTypes.RESPONSE)
        .addStatement(
            "return $T.fromResponse(response).entity(error.getEntity()).type(MEDIA_TYPE).build()",
            LibraryTypes.RESPONSE)
        .build();
  }

  /** The pre-matching filter: the version a request names, and its id. */
  TypeSpec requests() {
    ClassName self = names.vendorRequests();
    ClassName responses = names.vendorResponses();
    String version = Integer.toString(vendor.version());
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addAnnotation(LibraryTypes.PRE_MATCHING)
        .addAnnotation(SourceFiles.generated())
        .addJavadoc(
            "Reads what every request to the vendor API says before it is matched to a resource:"
                + " its id, and\nthe API version it names. {@code $L} in {@code Accept} is"
                + " answered as JSON by the resources,\nand a {@code /v$L} path prefix is taken"
                + " off; another version in either place is answered\n{@code"
                + " unsupported_version}. A request without an acceptable {@code $L} header gets"
                + " a new id\nin that header, so that everything after reads the same one.\n",
            vendor.mediaType(),
            version,
            REQUEST_ID_HEADER)
        .addField(
            FieldSpec.builder(
                    String.class, "REQUESTED_URI", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The request property that holds the URI as the client sent it, version"
                        + " prefix included.\n")
                .initializer("$T.class.getName() + $S", self, ".requestedUri")
                .build())
        .addField(
            FieldSpec.builder(
                    Pattern.class, "REQUEST_ID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The request ids a client may send: a plain token of at most 128 characters;"
                        + " anything else is\nreplaced by a random UUID.\n")
                .initializer("$T.compile($S)", Pattern.class, "[A-Za-z0-9._-]{1,128}")
                .build())
        .addField(
            FieldSpec.builder(
                    String.class, "VERSION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The version the API answers.\n")
                .initializer("$S", version)
                .build())
        .addField(
            FieldSpec.builder(
                    Pattern.class,
                    "VERSIONED_PATH",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc(
                    "A path, relative to the application, that starts with a version segment.\n")
                .initializer("$T.compile($S)", Pattern.class, "v([0-9]{1,9})(/.*)?")
                .build())
        .addField(
            FieldSpec.builder(
                    Pattern.class, "VENDOR_TYPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The vendor's media type in any version, parameters aside.\n")
                .initializer(
                    "$T.compile($S, $T.CASE_INSENSITIVE)",
                    Pattern.class,
                    "\\s*application/vnd\\."
                        + Pattern.quote(vendor.vendor())
                        + "\\.v([0-9]{1,9})\\+json\\s*(;.*)?",
                    Pattern.class)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T sent = request.getHeaderString($T.REQUEST_ID_HEADER)",
                    String.class,
                    responses)
                .addStatement(
                    "replace(request, $T.REQUEST_ID_HEADER, sent != null &&"
                        + " REQUEST_ID.matcher(sent).matches() ? sent :"
                        + " $T.randomUUID().toString())",
                    responses,
                    LibraryTypes.UUID)
                .addStatement(
                    "$T versioned = VERSIONED_PATH.matcher(request.getUriInfo().getPath(false))",
                    Matcher.class)
                .beginControlFlow("if (versioned.matches())")
                .beginControlFlow("if (!versioned.group(1).equals(VERSION))")
                .addStatement("request.abortWith(unsupportedVersion(404, versioned.group(1)))")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "request.setProperty(REQUESTED_URI, request.getUriInfo().getRequestUri())")
                .addStatement(
                    "$T rest = versioned.group(2) == null ? $S : versioned.group(2).substring(1)",
                    String.class,
                    "")
                .addStatement(
                    "request.setRequestUri($T.create(request.getUriInfo().getBaseUri() + rest"
                        + " + query(request)))",
                    URI.class)
                .endControlFlow()
                .addStatement(
                    "$T accepted = request.getHeaders().get($T.ACCEPT)",
                    STRINGS,
                    LibraryTypes.HTTP_HEADERS)
                .beginControlFlow("if (accepted == null)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T rewritten = new $T<>()", STRINGS, ArrayList.class)
                .addStatement("$T otherVersion = null", String.class)
                .addStatement("boolean thisVersion = false")
                .beginControlFlow("for ($T header : accepted)", String.class)
                .beginControlFlow("for ($T type : header.split($S))", String.class, ",")
                .addStatement("$T vendorType = VENDOR_TYPE.matcher(type)", Matcher.class)
                .beginControlFlow("if (!vendorType.matches())")
                .addStatement("rewritten.add(type.trim())")
                .nextControlFlow("else if (vendorType.group(1).equals(VERSION))")
                .addStatement("rewritten.add($T.APPLICATION_JSON)", LibraryTypes.MEDIA_TYPE)
                .addStatement("thisVersion = true")
                .nextControlFlow("else")
                .addStatement("otherVersion = vendorType.group(1)")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addComment(
                    "A client that names the vendor's type only in other versions asks for one of"
                        + " those.")
                .beginControlFlow("if (otherVersion != null && !thisVersion)")
                .addStatement("request.abortWith(unsupportedVersion(406, otherVersion))")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "replace(request, $T.ACCEPT, $T.join($S, rewritten))",
                    LibraryTypes.HTTP_HEADERS,
                    String.class,
                    ", ")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("replace")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc(
                    "Sets the request header {@code name} to {@code value}. The values a container"
                        + " read may not be\nchanged in place, so they are replaced.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addStatement("request.getHeaders().remove(name)")
                .addStatement("request.getHeaders().add(name, value)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("query")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("The request's query as it was sent, with its {@code ?}, or nothing.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T query = request.getUriInfo().getRequestUri().getRawQuery()", String.class)
                .addStatement("return query == null ? $S : $S + query", "", "?")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("unsupportedVersion")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(LibraryTypes.RESPONSE)
                .addJavadoc("The answer to a request for a version the API does not answer.\n")
                .addParameter(TypeName.INT, "status")
                .addParameter(String.class, "version")
                .addStatement(
                    "return $T.error(status, $S, $S + version + $S, null)",
                    responses,
                    "unsupported_version",
                    "API version ",
                    " is not supported; this API answers version "
                        + version
                        + " ("
                        + vendor.mediaType()
                        + ").")
                .build())
        .build();
  }

  /** The response filter that gives every vendor error its request id. */
  TypeSpec requestIds() {
    ClassName responses = names.vendorResponses();
    return TypeSpec.classBuilder(names.vendorRequestIds())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addAnnotation(SourceFiles.generated())
        .addJavadoc(
            "Answers the request id on the way out: in the {@code $L} header of every response,"
                + " and as the\n{@code request_uuid} of a {@link $T}, which the exception mapper"
                + " builds without one.\n",
            REQUEST_ID_HEADER,
            names.vendorError())
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
                .addStatement("$T id = $T.requestIdOf(request)", String.class, responses)
                .addStatement(
                    "response.getHeaders().putSingle($T.REQUEST_ID_HEADER, id)", responses)
                .beginControlFlow(
                    "if (response.getEntity() instanceof $T error && error.requestUuid() == null)",
                    names.vendorError())
                .addStatement(
                    "response.setEntity(error.withRequestUuid(id), response.getEntityAnnotations(),"
                        + " $T.MEDIA_TYPE)",
                    responses)
                .endControlFlow()
                .build())
        .build();
  }

  /** The checks of the query parameters a vendor method receives. */
  TypeSpec queries() {
    ClassName self = names.vendorQueries();
    ClassName responses = names.vendorResponses();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(SourceFiles.generated())
        .addJavadoc(
            "Checks the query of a request to a vendor method before the method runs: every"
                + " parameter must be\none the method takes ({@code unsupported_param}"
                + " otherwise), the {@code $L} one it offers, and each\n{@code $L} one it can"
                + " side-load ({@code invalid_attribute} otherwise).\n",
            VendorConvention.VIEW,
            VendorConvention.INCLUDE)
        .addField(
            FieldSpec.builder(
                    String.class, "INCLUDED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The request property that holds what {@link #included} parsed.\n")
                .initializer("$T.class.getName() + $S", self, ".included")
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("check")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addJavadoc(
                    "Whether the request's query is one the method takes; if not, the request is"
                        + " aborted with an\nerror for each parameter at fault.\n\n"
                        + "@param request the request\n"
                        + "@param parameters the query parameters the method takes\n"
                        + "@param views the views it offers, {@code default} among them, or none"
                        + " when it declares none\n"
                        + "@param includes the related records it can side-load\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(STRING_SET, "parameters")
                .addParameter(STRING_SET, "views")
                .addParameter(STRING_SET, "includes")
                .addStatement(
                    "$T query = request.getUriInfo().getQueryParameters()",
                    ParameterizedTypeName.get(LibraryTypes.MULTIVALUED_MAP, STRING, STRING))
                .addStatement(
                    "$T chosen = query.getOrDefault($S, $T.of())",
                    STRINGS,
                    VendorConvention.VIEW,
                    List.class)
                .addComment(
                    "A good request, the usual one, is let through without allocating anything.")
                .beginControlFlow(
                    "if (parameters.containsAll(query.keySet())\n"
                        + "&& (views.isEmpty() || (chosen.size() <= 1 &&"
                        + " views.containsAll(chosen)))\n"
                        + "&& (includes.isEmpty() || includes.containsAll(included(request))))")
                .addStatement("return true")
                .endControlFlow()
                .addStatement(
                    "$T errors = new $T<>()",
                    ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail()),
                    ArrayList.class)
                .addComment(
                    "Past the few errors an answer lists, the rest are only counted, however many.")
                .addStatement("int total = 0")
                .beginControlFlow("if (!parameters.containsAll(query.keySet()))")
                .beginControlFlow(
                    "for ($T name : new $T<>(query.keySet()))", String.class, TreeSet.class)
                .beginControlFlow("if (!parameters.contains(name) && $T.collects(total++))", LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.name(name), name))",
                    responses,
                    "unsupported_param",
                    "param is not supported: ",
                    LibraryTypes.ERROR_BOUNDS)
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow(
                    "if (!views.isEmpty() && (chosen.size() > 1 || !views.containsAll(chosen)))")
                .addStatement("total++")
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.join($S, new $T<>(views)), $S))",
                    responses,
                    "invalid_attribute",
                    "view must be given at most once, as one of: ",
                    String.class,
                    ", ",
                    TreeSet.class,
                    VendorConvention.VIEW)
                .endControlFlow()
                .addComment("A method that side-loads nothing does not take the parameter at all.")
                .beginControlFlow(
                    "for ($T name : includes.isEmpty() ? $T.<$T>of() : included(request))",
                    String.class,
                    Set.class,
                    String.class)
                .beginControlFlow("if (!includes.contains(name) && $T.collects(total++))", LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.name(name) + $S + $T.join($S, new"
                        + " $T<>(includes)), $S))",
                    responses,
                    "invalid_attribute",
                    "include cannot side-load ",
                    LibraryTypes.ERROR_BOUNDS,
                    "; it can side-load: ",
                    String.class,
                    ", ",
                    TreeSet.class,
                    VendorConvention.INCLUDE)
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                    "request.abortWith($T.error(400, $T.listed(errors, total, $T::more)))",
                    responses,
                    LibraryTypes.ERROR_BOUNDS,
                    responses)
                .addStatement("return false")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("included")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING_SET)
                .addJavadoc(
                    "The related records the request asks for: every {@code $L} parameter, split"
                        + " at commas.\n",
                    VendorConvention.INCLUDE)
                .addJavadoc(
                    "They are read once per request, by the check and again by the answer, and"
                        + " so parsed once.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .beginControlFlow(
                    "if (request.getProperty(INCLUDED) instanceof $T parsed)",
                    self.nestedClass("Included"))
                .addStatement("return parsed.names()")
                .endControlFlow()
                .addStatement("$T names = new $T<>()", STRING_SET, TreeSet.class)
                .addStatement(
                    "$T values = request.getUriInfo().getQueryParameters().get($S)",
                    STRINGS,
                    VendorConvention.INCLUDE)
                .beginControlFlow("if (values != null)")
                .beginControlFlow("for ($T value : values)", String.class)
                .beginControlFlow("for ($T name : value.split($S))", String.class, ",")
                .beginControlFlow("if (!name.isBlank())")
                .addStatement("names.add(name.trim())")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                    "request.setProperty(INCLUDED, new $T(names))", self.nestedClass("Included"))
                .addStatement("return names")
                .build())
        .addType(
            TypeSpec.recordBuilder(self.nestedClass("Included"))
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                    "The related records a request asks for, kept on the request once parsed.\n\n"
                        + "@param names their names\n")
                .recordConstructor(
                    MethodSpec.constructorBuilder().addParameter(STRING_SET, "names").build())
                .build())
        .build();
  }

  /** Cursor paging: the checks of cursor and limit, and the {@code Link} to the next page. */
  TypeSpec paging() {
    ClassName self = names.vendorPaging();
    ClassName window = self.nestedClass("Window");
    ClassName responses = names.vendorResponses();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(SourceFiles.generated())
        .addJavadoc(
            "Cursor paging in the vendor style: checks the {@code $L} and {@code $L} query"
                + " parameters before a\npaged resource method runs, and links its answer to the"
                + " next page in a {@code Link} header.\n\n"
                + "<p>{@code $L} is opaque: the first page when absent or empty, else a cursor"
                + " an earlier answer\ngave to a request with the same filters, as its signature"
                + " shows ({@link $T}). {@code $L} is the\npage size, the method's {@code"
                + " @DefaultValue} when absent or empty, else a plain whole number in\nrange."
                + " Each is given at most once; otherwise the request is answered with an {@code"
                + "\ninvalid_attribute} error naming the parameter, and the method is not"
                + " called.\n",
            VendorConvention.CURSOR,
            VendorConvention.LIMIT,
            VendorConvention.CURSOR,
            LibraryTypes.CURSOR_KEY,
            VendorConvention.LIMIT)
        .addFields(PagingWriter.checkedPageFields(self))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                    "Checks the request's cursor and limit and keeps them for {@link #link}, or"
                        + " aborts the request\nwith an error for each parameter at fault.\n\n"
                        + "@param request the request\n"
                        + "@param defaultLimit the limit of a request that gives none\n"
                        + "@param maxLimit the largest limit a request may ask for\n"
                        + "@param cursorKey the key that signed the cursors of earlier answers\n"
                        + "@param linked the query parameters the link repeats\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(TypeName.INT, "defaultLimit")
                .addParameter(TypeName.INT, "maxLimit")
                .addParameter(LibraryTypes.CURSOR_KEY, "cursorKey")
                .addParameter(LibraryTypes.LINK_QUERY, "linked")
                .addStatement(
                    "$T query = request.getUriInfo().getQueryParameters()",
                    ParameterizedTypeName.get(LibraryTypes.MULTIVALUED_MAP, STRING, STRING))
                .addStatement("$T cursor = cursor(request, cursorKey)", LibraryTypes.CURSOR)
                .addStatement(
                    "long limit = parse(query.get($S), defaultLimit, 1, maxLimit)",
                    VendorConvention.LIMIT)
                .addStatement(
                    "$T errors = new $T<>()",
                    ParameterizedTypeName.get(ClassName.get(List.class), names.vendorErrorDetail()),
                    ArrayList.class)
                .beginControlFlow("if (cursor == null)")
                .addStatement(
                    "errors.add($T.detail($S, $S, $S))",
                    responses,
                    "invalid_attribute",
                    "cursor must be given at most once, as the cursor of an earlier answer",
                    VendorConvention.CURSOR)
                .endControlFlow()
                .beginControlFlow("if (limit == INVALID)")
                .addStatement(
                    "errors.add($T.detail($S, $S + maxLimit, $S))",
                    responses,
                    "invalid_attribute",
                    "limit must be given at most once, as a whole number from 1 to ",
                    VendorConvention.LIMIT)
                .endControlFlow()
                .addStatement(
                    "linked.tooLong(request.getUriInfo().getRequestUri(), $S, $S)\n"
                        + ".ifPresent(name -> errors.add($T.detail($S, name + \" \" + $T.TOO_LONG,"
                        + " name)))",
                    VendorConvention.CURSOR,
                    VendorConvention.LIMIT,
                    responses,
                    "invalid_attribute",
                    LibraryTypes.LINK_QUERY)
                .beginControlFlow("if (errors.isEmpty())")
                .addStatement(
                    "request.setProperty(PAGE, new $T(cursor.offset(), (int) limit, linked))",
                    window)
                .nextControlFlow("else")
                .addStatement("request.abortWith($T.error(400, errors))", responses)
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("link")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                    "Adds the {@code Link} to the page after the one the request asked for, which"
                        + " holds {@code size}\nof {@code total} records; the last page gets"
                        + " none. The link is the URI the client sent, with\nthe parameters the"
                        + " method takes as sent, then its cursor moved on, signed for them,\nand"
                        + " its limit.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
                .addParameter(TypeName.INT, "size")
                .addParameter(TypeName.LONG, "total")
                .addParameter(LibraryTypes.CURSOR_KEY, "cursorKey")
                .addStatement("$T page = ($T) request.getProperty(PAGE)", window, window)
                .addComment("Written as differences, which cannot overflow near Long.MAX_VALUE.")
                .beginControlFlow(
                    "if (size == 0 || page.cursor() >= total || total - page.cursor() <= size)")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "$T sent = ($T) request.getProperty($T.REQUESTED_URI)",
                    URI.class,
                    URI.class,
                    names.vendorRequests())
                .addStatement(
                    "$T next = page.linked().link(sent == null ?"
                        + " request.getUriInfo().getRequestUri() : sent,\n"
                        + "$S, cursorKey.seal(new $T(page.cursor() + size),"
                        + " request.getUriInfo().getPathParameters(),"
                        + " request.getUriInfo().getQueryParameters()),\n"
                        + "$S, page.limit())",
                    URI.class,
                    VendorConvention.CURSOR,
                    LibraryTypes.CURSOR,
                    VendorConvention.LIMIT)
                .addComment("Written as text, so that no runtime resolves it against the request.")
                .addStatement(
                    "response.getHeaders().add($T.LINK, $S + $T.link(request, next) + $S)",
                    LibraryTypes.HTTP_HEADERS,
                    "<",
                    names.publicLinks(),
                    ">; rel=\"next\"")
                .build())
        .addMethod(CursorSigning.open())
        .addMethod(PagingWriter.parse())
        .addType(
            TypeSpec.recordBuilder(window)
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                    "A checked page.\n\n"
                        + "@param cursor the number of records before the page\n"
                        + "@param limit the largest number of records on the page\n"
                        + "@param linked the query parameters its link repeats\n")
                .recordConstructor(
                    MethodSpec.constructorBuilder()
                        .addParameter(TypeName.LONG, "cursor")
                        .addParameter(TypeName.INT, "limit")
                        .addParameter(LibraryTypes.LINK_QUERY, "linked")
                        .build())
                .build())
        .build();
  }
}
