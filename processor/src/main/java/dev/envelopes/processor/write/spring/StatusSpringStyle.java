package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.write.PagingConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.StatusErrorBodies;
import java.util.List;

/**
 * The status envelope on Spring MVC: {@code {status, data}} on success, plus {@code pagination} on
 * a page; a 422 {@code failure} for input that does not validate, naming each attribute at fault,
 * and an {@code error} with its status otherwise, built by the Spring {@code StatusResponses}.
 */
final class StatusSpringStyle extends SpringStyle {

  StatusSpringStyle(SpringNames names, ApiPlan plan, StatusConvention status) {
    super(names, plan, status, names.shared().statusResponses());
  }

  @Override
  List<TypeSpec> supportFiles() {
    return List.of(StatusResponsesWriter.render(shared), StatusPagingWriter.render(names));
  }

  @Override
  void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    if (!endpoint.keepsResponseStatus()) {
      if (endpoint.successStatus() != 200) {
        answer.addStatement("response.setStatus($L)", endpoint.successStatus());
      }
      location(endpoint, answer);
    }
    switch (endpoint.result()) {
      case NO_DATA ->
          answer.addStatement("return $T.answer(response, $T.success())", responses, envelope);
      case PAGE -> {
        answer
            .addStatement(
                "$T pagination = $T.pagination(request, page.total())",
                RuntimeTypes.PAGE_TOTALS,
                shared.statusPaging())
            .addStatement(
                "return $T.answer(response, $T.success(data, pagination))", responses, envelope);
      }
      default ->
          answer.addStatement("return $T.answer(response, $T.success(data))", responses, envelope);
    }
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    return CodeBlock.of(
        "$T.read(request, $L)",
        shared.statusPaging(),
        String.join(", ", PagingConstants.positionAndLimits(paging)));
  }

  /** A declared exception: a failure when it is a 422, else an error. */
  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return StatusErrorBodies.declared(declaration, responses);
  }

  @Override
  CodeBlock violations(CodeBlock messages) {
    return CodeBlock.of("$T.violations($L.byField())", responses, messages);
  }

  /** The missing body named as the other bindings' validation names it. */
  @Override
  CodeBlock missingBody() {
    return CodeBlock.of("$T.failure($S, $S)", responses, ParameterModel.BODY, "must not be null");
  }

  @Override
  CodeBlock refusedBody(String message) {
    return failure(message);
  }

  @Override
  CodeBlock refusedField(CodeBlock field, CodeBlock unknown) {
    return CodeBlock.of(
        "$T.failure($L,$W$L ? $S : $S)",
        responses,
        field,
        unknown,
        "is not a known field",
        "does not have the expected type or format");
  }

  @Override
  String bodyNotValid() {
    return StatusConvention.FAILURE_MESSAGE;
  }

  @Override
  CodeBlock missingParameter(CodeBlock name) {
    return CodeBlock.of("$T.failure($L, $S)", responses, name, "must be given");
  }

  @Override
  CodeBlock mismatchedParameter(CodeBlock name) {
    return CodeBlock.of(
        "$T.failure($L, $S)", responses, name, "does not have the expected type or format");
  }

  /** A failure about no single attribute, saying {@code message}. */
  private CodeBlock failure(String message) {
    return CodeBlock.of("$T.failure($S, $T.of(), null)", responses, message, List.class);
  }
}
