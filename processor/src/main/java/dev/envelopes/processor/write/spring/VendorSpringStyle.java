package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.QueryConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorIncludes;
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

  VendorSpringStyle(SpringNames names, ApiPlan plan, VendorConvention vendor) {
    super(names, plan, vendor, names.shared().vendorResponses());
  }

  private VendorDeclaration declaration() {
    return plan.api().declaration().orElseThrow().vendor().orElseThrow();
  }

  private VendorRequestsWriter requests() {
    return new VendorRequestsWriter(names, declaration(), plan.versionFilterTakesVendorPathsOnly());
  }

  @Override
  List<TypeSpec> supportFiles() {
    VendorPagingWriter paging = new VendorPagingWriter(names, plan.pagingParameters());
    return List.of(
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
      location(endpoint, answer);
    }
    answer.addStatement("return new $T($L, id)", envelope, arguments);
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    CodeBlock linked =
        paging.linked().isPresent()
            ? CodeBlock.of("LINKED")
            : CodeBlock.of("$T.everyParameter()", RuntimeTypes.LINK_QUERY);
    return CodeBlock.of(
        "$T.read(request, PARAMETERS, VIEWS, INCLUDES, DEFAULT_LIMIT, MAX_LIMIT, cursorKey,"
            + " $L)",
        shared.vendorPaging(),
        linked);
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L, $L,$W$L, null)",
        responses,
        declaration.status(),
        JavaStrings.of(VendorConvention.codeOf(declaration)),
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
  CodeBlock missingBody() {
    return CodeBlock.of(
        "$T.error(400, $S, $S, $S)",
        responses,
        VendorResponsesWriter.MISSING_PARAM,
        VendorResponsesWriter.MISSING_MESSAGE + ParameterModel.BODY,
        ParameterModel.BODY);
  }

  @Override
  CodeBlock refusedBody(String message) {
    return CodeBlock.of("$T.error(400, $S, $S, null)", responses, INVALID_ATTRIBUTE, message);
  }

  @Override
  CodeBlock refusedField(CodeBlock field, CodeBlock unknown) {
    return CodeBlock.of(
        "$T.error(400, $S, $L + ($L ? $S : $S), $L)",
        responses,
        INVALID_ATTRIBUTE,
        field,
        unknown,
        " is not a known field",
        " does not have the expected type or format",
        field);
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
}
