package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.UndeclaredErrors;
import dev.envelopes.processor.write.VendorErrorDetails;
import dev.envelopes.processor.write.json.VendorErrorRecordsWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Renders {@code VendorResponses} for Spring MVC: the vendor style's answers in its media type,
 * {@code {data, request_id}} on success and its error body as a {@code ResponseEntity} on error,
 * the request id, and the {@code Location} of a created resource. The Jakarta REST binding's class
 * of the same name does the same with JAX-RS types.
 */
final class VendorResponsesWriter {

  /** The code of a parameter, or body, with no value at all, and what it says before the name. */
  static final String MISSING_PARAM = VendorConvention.MISSING_PARAM;

  static final String MISSING_MESSAGE = VendorConvention.MISSING_PARAM_MESSAGE;

  private VendorResponsesWriter() {}

  static TypeSpec render(GeneratedNames names, VendorDeclaration vendor) {
    ClassName self = names.vendorResponses();
    return ResponsesMembers.responsesClass(self)
        .addJavadoc(
            """
Builds the answers of the vendor style on Spring MVC, all in its media type: {@code {data,
request_id}} from the handler method's value, and {@link $T} for errors, a {@code ResponseEntity}
whose {@code Content-Type} is set, so that Spring writes it whatever the request accepts;
{@link $T} fills in its request id.
""",
            names.vendorError(),
            names.vendorRequestIds())
        .addField(ErrorMessages.internalErrorMessage(VendorConvention.INTERNAL_ERROR_MESSAGE))
        .addField(VendorErrorDetails.mediaType(SpringTypes.MEDIA_TYPE, vendor))
        .addField(VendorErrorDetails.requestIdHeader())
        .addField(VendorErrorDetails.linkBase(vendor))
        .addMethod(requestIdOf(names))
        .addMethod(answer())
        .addMethod(ResponsesMembers.locationOf(names))
        .addMethod(VendorErrorDetails.detail(names))
        .addMethod(VendorErrorDetails.more(names))
        .addMethods(
            ResponsesMembers.errors(
                ErrorMethod.vendor(names),
                CodeBlock.builder()
                    .addStatement(
                        "$T body = new $T(null, $S, $T.listed(errors, $T::more))",
                        names.vendorError(),
                        names.vendorError(),
                        "error",
                        RuntimeTypes.ERROR_BOUNDS,
                        self)
                    .addStatement(
                        "return"
                            + " $T.status(status).headers(headers).contentType(MEDIA_TYPE).body(body)",
                        SpringTypes.RESPONSE_ENTITY)
                    .build()))
        .addMethod(VendorErrorDetails.oneError(SpringTypes.ANSWER))
        .addMethod(violations(names))
        .addMethods(UndeclaredErrors.vendor(SpringTypes.ANSWER, fromFramework()))
        .build();
  }

  private static MethodSpec requestIdOf(GeneratedNames names) {
    return Members.publicStatic("requestIdOf", ClassName.get(String.class))
        .addJavadoc(
            """
The id of the request, checked or made once, when {@link $T} or the first answer asks for it,
and kept for the rest of the request: the one it sends in its header when acceptable, else a new
one.
""",
            names.vendorRequests())
        .addParameter(SpringTypes.REQUEST, "request")
        .addStatement(
            "$T id = request.getAttribute($T.REQUEST_ID)", Object.class, names.vendorRequests())
        .beginControlFlow("if (id == null)")
        .addComment(
            "Several ids are read as one header, which no id matches: the answer gets its own.")
        .addStatement(
            "$T sent = $T.list(request.getHeaders(REQUEST_ID_HEADER))",
            ParameterizedTypeName.get(List.class, String.class),
            Collections.class)
        .addStatement(
            "id = $T.of(sent.isEmpty() ? null : $T.join($S, sent))",
            RuntimeTypes.REQUEST_IDS,
            String.class,
            ",")
        .addStatement("request.setAttribute($T.REQUEST_ID, id)", names.vendorRequests())
        .endControlFlow()
        .addStatement("return ($T) id", String.class)
        .build();
  }

  private static MethodSpec answer() {
    return Members.publicStatic("answer", ClassName.get(String.class))
        .addJavadoc(
            """
Readies {@code response} for a success with {@code status} in the vendor media type, with the
request id in its header; returns that id, which the body repeats. The {@code Content-Type} is
set before Spring writes the body, so that it writes it as it is.
""")
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(SpringTypes.RESPONSE, "response")
        .addParameter(TypeName.INT, "status")
        .addStatement("response.setStatus(status)")
        .addStatement("response.setContentType(MEDIA_TYPE.toString())")
        .addStatement("$T id = requestIdOf(request)", String.class)
        .addStatement("response.setHeader(REQUEST_ID_HEADER, id)")
        .addStatement("return id")
        .build();
  }

  private static MethodSpec violations(GeneratedNames names) {
    return ResponsesMembers.violations(
            """
Answers values that do not validate: one error per field, whose message joins the field's
messages in order; a field with no value at all ({@code missing}) is a {@code missing_param}.
""")
        .addParameter(ParameterizedTypeName.get(Set.class, String.class), "missing")
        .addParameter(TypeName.INT, "status")
        .addParameter(String.class, "code")
        .addStatement(
            "$T errors = new $T<>()", VendorErrorRecordsWriter.details(names), ArrayList.class)
        .beginControlFlow("$L", FieldMessageTypes.EACH_FIELD)
        .beginControlFlow("if (field.getKey() != null && missing.contains(field.getKey()))")
        .addStatement(
            "errors.add(detail($S, $S + field.getKey(), field.getKey()))",
            MISSING_PARAM,
            MISSING_MESSAGE)
        .addStatement("continue")
        .endControlFlow()
        .addStatement(
            "$T message = $T.join($S, field.getValue())", String.class, String.class, ", ")
        .addStatement(
            "errors.add(detail(code, field.getKey() == null ? message : field.getKey() + $S"
                + " + message, field.getKey()))",
            " ")
        .endControlFlow()
        .addStatement("return error(status, errors)")
        .build();
  }

  private static MethodSpec fromFramework() {
    return ResponsesMembers.fromFramework(
            """
The answer to an error Spring raised, such as a 404 for a path no handler matches: its status
and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
""")
        .addStatement("int status = statusCode.value()")
        .addCode(VendorErrorDetails.frameworkCode())
        .addStatement(
            "return error(status, $T.of(detail(code, frameworkMessage(status), null)), headers)",
            List.class)
        .build();
  }
}
