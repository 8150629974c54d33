package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.plan.UnreadableBodies;
import dev.envelopes.processor.write.MetaDeclaredErrors;
import dev.envelopes.processor.write.PagingConstants;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import dev.envelopes.processor.write.json.MetaRecordWriter;
import dev.envelopes.processor.write.json.SharedRecordsWriter;
import dev.envelopes.processor.write.json.StatusTableWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The meta envelope on Spring MVC: {@code success}, {@code code}, {@code message}, the HTTP status
 * and its message, {@code data}, {@code count} and {@code pagination} on success; the same with
 * {@code detailed} field errors on failure, built by the Spring {@code MetaResponses}.
 */
final class MetaSpringStyle extends SpringStyle {

  /** What a body whose JSON does not have the expected shape, and names no field, answers. */
  static final String SHAPE_ERROR = "The request body does not have the expected shape.";

  private final MetaConvention meta;
  private final GeneratedNames shared;
  private final StatusTable statuses;

  MetaSpringStyle(SpringNames names, ApiPlan plan, MetaConvention meta) {
    super(names, plan);
    this.meta = meta;
    this.shared = names.shared();
    this.statuses = plan.statuses();
  }

  @Override
  Convention convention() {
    return meta;
  }

  @Override
  List<TypeSpec> supportFiles() {
    ApiModel api = plan.api();
    JsonLibrary json = api.libraries().json();
    return List.of(
        StatusTableWriter.render(statuses, api),
        MetaResponsesWriter.render(shared, statuses),
        MetaPagingWriter.paging(names, statuses),
        SharedRecordsWriter.errorEnvelope(shared, json),
        SharedRecordsWriter.badRequestEnvelope(shared, json),
        SharedRecordsWriter.fieldError(shared, json),
        SharedRecordsWriter.pagination(shared, json));
  }

  @Override
  List<FieldSpec> handlerFields() {
    return MetaDeclaredErrors.ownCodes(plan.exceptions(), shared.status());
  }

  @Override
  void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    ClassName status = shared.status();
    if (endpoint.result() == EndpointPlan.Result.PAGE) {
      ClassName pagination = envelope.nestedClass(EnvelopeRecordsWriter.PAGINATION);
      answer
          .addStatement(
              "$T pages = $T.pagination(request, page.total(), links)",
              shared.pagination(),
              shared.paging())
          .addStatement(
              "$T pagination = new $T(pages.next(), pages.prev())", pagination, pagination);
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
      location(endpoint, shared.responses(), answer);
    }
    answer.addStatement(
        "return new $T(true, status.code(), status.message(), status.statusCode(),"
            + "$Wstatus.statusMessage(), null, $L)",
        envelope,
        MetaRecordWriter.dataCountAndPagination(endpoint));
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    List<String> arguments = new ArrayList<>();
    paging
        .position()
        .ifPresent(position -> arguments.add(PagingConstants.maxPositionName(position)));
    arguments.add("DEFAULT_LIMIT");
    arguments.add("MAX_LIMIT");
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
        shared.responses(),
        status,
        MetaDeclaredErrors.detailOf(declaration, status, shared.responses()));
  }

  @Override
  CodeBlock violations(CodeBlock messages) {
    return CodeBlock.of("$T.violations($L.byField())", shared.responses(), messages);
  }

  @Override
  CodeBlock unreadable(CodeBlock failure, CodeBlock field) {
    CodeBlock badRequest = statuses.constant(400);
    return CodeBlock.builder()
        .add("switch ($L) {\n$>", failure)
        .add(
            "case MISSING -> $L;\n",
            fieldError(badRequest, CodeBlock.of("$S", ParameterModel.BODY), "must not be null"))
        .add(
            "case NOT_JSON -> $T.error($L, $S);\n",
            shared.responses(),
            badRequest,
            UnreadableBodies.message(LibraryException.Kind.JSON_PARSE))
        .add(
            "case LIMITS -> $T.error($L, $S);\n",
            shared.responses(),
            badRequest,
            UnreadableBodies.message(LibraryException.Kind.JSON_LIMITS))
        .add(
            "case UNKNOWN_FIELD, MISMATCH -> $L == null\n$>? $T.error($L, $S)\n" + ": $L;\n$<",
            field,
            shared.responses(),
            badRequest,
            SHAPE_ERROR,
            CodeBlock.of(
                "$T.error($L, $T.of(new $T($L,\n$>$L == $T.UNKNOWN_FIELD ? $S : $S)))$<",
                shared.responses(),
                badRequest,
                List.class,
                shared.fieldError(),
                field,
                failure,
                names.bodyFailure(),
                "is not a known field",
                "does not have the expected type or format"))
        .add(
            "default -> $T.error($L, $S);\n",
            shared.responses(),
            badRequest,
            "The request is not valid.")
        .add("$<}")
        .build();
  }

  @Override
  CodeBlock missingParameter(CodeBlock name) {
    return fieldError(statuses.constant(400), name, "must be given");
  }

  @Override
  CodeBlock mismatchedParameter(CodeBlock name) {
    return fieldError(statuses.constant(400), name, "does not have the expected type or format");
  }

  @Override
  CodeBlock fromFramework(CodeBlock statusCode, CodeBlock headers) {
    return CodeBlock.of("$T.fromFramework($L, $L)", shared.responses(), statusCode, headers);
  }

  @Override
  CodeBlock internalError() {
    return CodeBlock.of("$T.internalError()", shared.responses());
  }

  /** A 400 (or {@code status}) naming {@code field} with {@code message}. */
  private CodeBlock fieldError(CodeBlock status, CodeBlock field, String message) {
    return CodeBlock.of(
        "$T.error($L,$W$T.of(new $T($L, $S)))",
        shared.responses(),
        status,
        List.class,
        shared.fieldError(),
        field,
        message);
  }
}
