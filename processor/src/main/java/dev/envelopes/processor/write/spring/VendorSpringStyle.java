package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.QueryConstants;
import dev.envelopes.processor.write.VendorIncludes;
import dev.envelopes.processor.write.json.VendorErrorRecordsWriter;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The vendor style on Spring MVC: {@code {data, <included>..., request_id}} on success and {@code
 * {request_uuid, status, errors}} on error, all in the vendor media type with the request id in
 * {@code X-Request-Id}; cursor paging with a {@code Link} to the next page; the query, views and
 * includes checked before the handler runs; the version in {@code Accept} or a {@code /v2} path
 * prefix read by a servlet filter before Spring MVC matches the request.
 */
final class VendorSpringStyle extends SpringStyle {

  /** The code of a value that does not validate or a body that does not fit. */
  private static final String INVALID_ATTRIBUTE = VendorConvention.INVALID_ATTRIBUTE;

  /** What a body whose JSON does not have the expected shape, and names no field, answers. */
  private static final String SHAPE_ERROR = MetaSpringStyle.SHAPE_ERROR;

  private final VendorConvention vendor;
  private final GeneratedNames shared;
  private final ClassName responses;

  VendorSpringStyle(SpringNames names, ApiPlan plan, VendorConvention vendor) {
    super(names, plan);
    this.vendor = vendor;
    this.shared = names.shared();
    this.responses = shared.vendorResponses();
  }

  private VendorDeclaration declaration() {
    return plan.api().declaration().orElseThrow().vendor().orElseThrow();
  }

  private VendorRequestsWriter requests() {
    return new VendorRequestsWriter(names, declaration(), plan.conventions().size() > 1);
  }

  @Override
  Convention convention() {
    return vendor;
  }

  @Override
  List<TypeSpec> supportFiles() {
    JsonLibrary json = plan.api().libraries().json();
    VendorPagingWriter paging = new VendorPagingWriter(names);
    return List.of(
        VendorErrorRecordsWriter.errorDetail(shared, json),
        VendorErrorRecordsWriter.error(shared, json),
        VendorResponsesWriter.render(shared, declaration()),
        requests().requests(),
        requests().requestIds(),
        paging.queries(),
        paging.paging());
  }

  @Override
  List<MethodSpec> configurationBeans() {
    return requests().beans();
  }

  @Override
  void endpointMembers(EndpointPlan endpoint, TypeSpec.Builder type) {
    endpoint.queryCheck().ifPresent(check -> type.addFields(QueryConstants.of(check)));
    if (endpoint.paging().isEmpty() && endpoint.queryCheck().isPresent()) {
      type.addMethod(
          MethodSpec.methodBuilder("check")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(SpringTypes.REQUEST, "request")
              .addStatement(
                  "$T.check(request, PARAMETERS, VIEWS, INCLUDES)", shared.vendorQueries())
              .build());
    }
  }

  @Override
  void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    answer.addStatement(
        "$T id = $T.answer(request, response, $L)",
        String.class,
        responses,
        endpoint.keepsResponseStatus() ? "response.getStatus()" : endpoint.successStatus());
    if (endpoint.result() == EndpointPlan.Result.NO_DATA) {
      answer.addStatement("$T data = null", Void.class);
    } else if (endpoint.result() == EndpointPlan.Result.PAGE) {
      answer.addStatement(
          "$T.link(request, response, data.size(), page.total(), links)", shared.vendorPaging());
    }
    CodeBlock arguments = VendorIncludes.read(endpoint, shared.vendorQueries(), answer);
    if (!endpoint.keepsResponseStatus()) {
      location(endpoint, responses, answer);
    }
    answer.addStatement("return new $T($L, id)", envelope, arguments);
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    CodeBlock linked =
        paging.linked().isPresent()
            ? CodeBlock.of("LINKED")
            : CodeBlock.of("$T.everyParameter()", SpringTypes.LINK_QUERY);
    return CodeBlock.of(
        "$T.read(request, PARAMETERS, VIEWS, INCLUDES, DEFAULT_LIMIT, MAX_LIMIT, cursorKey,"
            + " $L)",
        shared.vendorPaging(),
        linked);
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L, $S,$W$L, null)",
        responses,
        declaration.status(),
        VendorConvention.codeOf(declaration),
        ErrorMessages.declaredMessage(declaration, responses));
  }

  @Override
  CodeBlock violations(CodeBlock messages) {
    return CodeBlock.of(
        "$T.violations($L.byField(), $L.missing(), 400, $S)",
        responses,
        messages,
        messages,
        INVALID_ATTRIBUTE);
  }

  @Override
  CodeBlock unreadable(CodeBlock failure, CodeBlock field) {
    return CodeBlock.builder()
        .add("switch ($L) {\n$>", failure)
        .add(
            "case MISSING -> $T.error(400, $S, $S, $S);\n",
            responses,
            VendorResponsesWriter.MISSING_PARAM,
            VendorResponsesWriter.MISSING_MESSAGE + ParameterModel.BODY,
            ParameterModel.BODY)
        .add(
            "case NOT_JSON -> $T.error(400, $S, $S, null);\n",
            responses,
            INVALID_ATTRIBUTE,
            UnreadableBodies.message(LibraryException.Kind.JSON_PARSE))
        .add(
            "case LIMITS -> $T.error(400, $S, $S, null);\n",
            responses,
            INVALID_ATTRIBUTE,
            UnreadableBodies.message(LibraryException.Kind.JSON_LIMITS))
        .add(
            "case UNKNOWN_FIELD, MISMATCH -> $L == null\n$>? $T.error(400, $S, $S, null)\n"
                + ": $T.error(400, $S, $L + ($L == $T.UNKNOWN_FIELD ? $S : $S), $L);\n$<",
            field,
            responses,
            INVALID_ATTRIBUTE,
            SHAPE_ERROR,
            responses,
            INVALID_ATTRIBUTE,
            field,
            failure,
            names.bodyFailure(),
            " is not a known field",
            " does not have the expected type or format",
            field)
        .add(
            "default -> $T.error(400, $S, $S, null);\n",
            responses,
            INVALID_ATTRIBUTE,
            "The request is not valid.")
        .add("$<}")
        .build();
  }

  @Override
  CodeBlock missingParameter(CodeBlock name) {
    return CodeBlock.of(
        "$T.error(400, $S, $S + $L, $L)",
        responses,
        VendorResponsesWriter.MISSING_PARAM,
        VendorResponsesWriter.MISSING_MESSAGE,
        name,
        name);
  }

  @Override
  CodeBlock mismatchedParameter(CodeBlock name) {
    return CodeBlock.of(
        "$T.error(400, $S, $L + $S, $L)",
        responses,
        INVALID_ATTRIBUTE,
        name,
        " does not have the expected type or format",
        name);
  }

  @Override
  CodeBlock fromFramework(CodeBlock statusCode, CodeBlock headers) {
    return CodeBlock.of("$T.fromFramework($L, $L)", responses, statusCode, headers);
  }

  @Override
  CodeBlock internalError() {
    return CodeBlock.of("$T.internalError()", responses);
  }
}
