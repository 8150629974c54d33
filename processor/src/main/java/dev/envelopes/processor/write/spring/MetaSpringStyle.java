package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.MetaDeclaredErrors;
import dev.envelopes.processor.write.PagingConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.json.MetaRecordWriter;
import java.util.List;

/**
 * The meta envelope on Spring MVC: {@code success}, {@code code}, {@code message}, the HTTP status
 * and its message, {@code data}, {@code count} and {@code pagination} on success; the same with
 * {@code detailed} field errors on failure, built by the Spring {@code MetaResponses}.
 */
final class MetaSpringStyle extends SpringStyle {

  private final StatusTable statuses;

  MetaSpringStyle(SpringNames names, ApiPlan plan, MetaConvention meta) {
    super(names, plan, meta, names.shared().responses());
    this.statuses = plan.statuses();
  }

  @Override
  List<TypeSpec> supportFiles() {
    return List.of(
        MetaResponsesWriter.render(shared, statuses), MetaPagingWriter.paging(names, statuses));
  }

  @Override
  List<FieldSpec> handlerFields() {
    return MetaDeclaredErrors.ownCodes(plan.exceptions(), shared.status());
  }

  @Override
  void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    ClassName status = shared.status();
    if (endpoint.result() == EndpointPlan.Result.PAGE) {
      answer.addStatement(
          "$T pagination = $T.pagination(request, page.total(), links)",
          RuntimeTypes.PAGE_LINKS,
          shared.paging());
    }
    if (endpoint.keepsResponseStatus()) {
      answer
          .addStatement(
              "$T known = $T.resolve(response.getStatus())",
              SpringTypes.HTTP_STATUS,
              SpringTypes.HTTP_STATUS)
          .addStatement(
              "$T status = $T.of(response.getStatus(), known == null ? $S :"
                  + " known.getReasonPhrase())",
              status,
              status,
              "Unknown");
    } else {
      answer.addStatement("$T status = $L", status, statuses.constant(endpoint.successStatus()));
      if (endpoint.successStatus() != 200) {
        answer.addStatement("response.setStatus(status.statusCode())");
      }
      location(endpoint, answer);
    }
    answer.addStatement(
        "return $T.answer(response, new $T(true, status.code(), status.message(),"
            + "$Wstatus.statusCode(), status.statusMessage(), null, $L))",
        responses,
        envelope,
        MetaRecordWriter.dataCountAndPagination(endpoint));
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    List<String> arguments = PagingConstants.positionAndLimits(paging);
    if (paging.linked().isPresent()) {
      arguments.add("LINKED");
    }
    return CodeBlock.of("$T.read(request, $L)", shared.paging(), String.join(", ", arguments));
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    CodeBlock status = MetaDeclaredErrors.statusOf(declaration, plan.exceptions(), statuses);
    return CodeBlock.of(
        "$T.error($L,$W$L)",
        responses,
        status,
        MetaDeclaredErrors.detailOf(declaration, status, responses));
  }

  @Override
  CodeBlock violations(CodeBlock messages) {
    return CodeBlock.of("$T.violations($L.byField())", responses, messages);
  }

  @Override
  CodeBlock missingBody() {
    return fieldError(
        statuses.constant(400), CodeBlock.of("$S", ParameterModel.BODY), "must not be null");
  }

  @Override
  CodeBlock refusedBody(String message) {
    return CodeBlock.of("$T.error($L, $S)", responses, statuses.constant(400), message);
  }

  @Override
  CodeBlock refusedField(CodeBlock field, CodeBlock unknown) {
    return CodeBlock.of(
        "$T.error($L, $T.of(new $T($L,\n$>$L ? $S : $S)))$<",
        responses,
        statuses.constant(400),
        List.class,
        shared.fieldError(),
        field,
        unknown,
        "is not a known field",
        "does not have the expected type or format");
  }

  @Override
  CodeBlock missingParameter(CodeBlock name) {
    return fieldError(statuses.constant(400), name, "must be given");
  }

  @Override
  CodeBlock mismatchedParameter(CodeBlock name) {
    return fieldError(statuses.constant(400), name, "does not have the expected type or format");
  }

  /** A 400 (or {@code status}) naming {@code field} with {@code message}. */
  private CodeBlock fieldError(CodeBlock status, CodeBlock field, String message) {
    return CodeBlock.of(
        "$T.error($L,$W$T.of(new $T($L, $S)))",
        responses,
        status,
        List.class,
        shared.fieldError(),
        field,
        message);
  }
}
