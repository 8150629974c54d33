package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.write.ErrorMessages;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bare style on Spring MVC: a handler method's value as it is on success ({@code {"id": ...}}
 * for a created resource, {@code {cursor, count, totalRecordCount, hasMoreRecords, data}} for a
 * page), 204 where there is nothing to answer, an empty 200 for a method that returns nothing; and
 * {@code {errorCode, errorMessage}} on failure, built by the Spring {@code BareResponses}.
 */
final class BareSpringStyle extends SpringStyle {

  /** The code of every failure of the request's input. */
  private static final String VALIDATION_ERROR = "VALIDATION_ERROR";

  BareSpringStyle(SpringNames names, ApiPlan plan, BareConvention bare) {
    super(names, plan, bare, names.shared().bareResponses());
  }

  @Override
  List<TypeSpec> supportFiles() {
    List<TypeSpec> files = new ArrayList<>();
    files.add(BareResponsesWriter.render(shared));
    if (pagesInThisStyle()) {
      files.add(BarePagingWriter.render(names));
    }
    return List.copyOf(files);
  }

  /** Whether a handler method of the API is paged in the bare style. */
  private boolean pagesInThisStyle() {
    return plan.resources().stream()
        .flatMap(controller -> controller.endpoints().stream())
        .anyMatch(
            endpoint ->
                endpoint.paging().isPresent()
                    && endpoint.convention().style() == convention().style());
  }

  @Override
  void answer(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    switch (endpoint.result()) {
      case NO_DATA -> answer.addComment("An empty 200.").addStatement("return null");
      case CREATED_ID ->
          answer.addStatement(
              "return $T.answer(response, new $T($L))",
              responses,
              envelope,
              endpoint.convention().createdIdKey());
      case OPTIONAL, SINGLE -> {
        // A primitive is never absent.
        if (!(endpoint.endpoint().returns() instanceof ReturnShape.Single single)
            || !single.type().isPrimitive()) {
          noContentIf(answer, "data == null");
        }
        answerValue(endpoint, envelope, answer);
      }
      case MULTIPLE -> {
        noContentIf(
            answer,
            ((ReturnShape.Multiple) endpoint.endpoint().returns()).array()
                ? "data.length == 0"
                : "data.isEmpty()");
        answerValue(endpoint, envelope, answer);
      }
      case PAGE -> {
        noContentIf(answer, "page.total() == 0");
        answer
            .addStatement(
                "$T cursor = $T.next(request, data.size(), page.total(), cursorKey)",
                String.class,
                shared.barePaging())
            .addStatement(
                "return $T.answer(response,$Wnew $T(cursor, data.size(), page.total(), cursor !="
                    + " null, data))",
                responses,
                envelope);
      }
    }
  }

  /** Answers {@code data}, in the record of its answer where the method has one. */
  private void answerValue(EndpointPlan endpoint, ClassName envelope, MethodSpec.Builder answer) {
    if (endpoint.answersWithValueRecord()) {
      answer.addStatement("return $T.answer(response, new $T(data))", responses, envelope);
    } else {
      answer.addStatement("return $T.answer(response, data)", responses);
    }
  }

  /** Answers 204 when {@code condition} holds: there is nothing to answer. */
  private void noContentIf(MethodSpec.Builder answer, String condition) {
    answer
        .beginControlFlow("if ($L)", condition)
        .addStatement("return $T.answerNoContent(response)", responses)
        .endControlFlow();
  }

  @Override
  CodeBlock check(PagingPlan paging) {
    return CodeBlock.of(
        "$T.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey)", shared.barePaging());
  }

  @Override
  CodeBlock declared(ErrorDeclaration declaration) {
    return CodeBlock.of(
        "$T.error($L, $L,$W$L)",
        responses,
        BareConvention.statusOf(declaration),
        JavaStrings.of(BareConvention.codeOf(declaration)),
        ErrorMessages.declaredMessage(declaration, responses));
  }

  @Override
  CodeBlock violations(CodeBlock messages) {
    return error(
        CodeBlock.of("$T.inOneSentence($L.byField())", RuntimeTypes.FIELD_MESSAGES, messages));
  }

  @Override
  CodeBlock missingBody() {
    return error(ParameterModel.BODY + ": must not be null");
  }

  @Override
  CodeBlock refusedBody(String message) {
    return error(message);
  }

  @Override
  CodeBlock refusedField(CodeBlock field, CodeBlock unknown) {
    return error(
        CodeBlock.of(
            "$L + ($L ? $S : $S)",
            field,
            unknown,
            ": is not a known field",
            ": does not have the expected type or format"));
  }

  @Override
  CodeBlock missingParameter(CodeBlock name) {
    return error(CodeBlock.of("$L + $S", name, ": must be given"));
  }

  @Override
  CodeBlock mismatchedParameter(CodeBlock name) {
    return error(CodeBlock.of("$L + $S", name, ": does not have the expected type or format"));
  }

  /**
   * Answers a bare style's value as it is, where it has no record for the method's answer: a
   * value Spring writes without Jackson, such as a {@code String}, or none.
   */
  @Override
  Optional<ClassName> envelopeOf(EndpointPlan endpoint, ClassName envelope) {
    return switch (endpoint.result()) {
      case CREATED_ID, PAGE -> Optional.of(envelope);
      case OPTIONAL, SINGLE, MULTIPLE ->
          endpoint.answersWithValueRecord() ? Optional.of(envelope) : Optional.empty();
      case NO_DATA -> Optional.empty();
    };
  }

  /** A 400 {@code VALIDATION_ERROR} that says {@code message}. */
  private CodeBlock error(String message) {
    return error(CodeBlock.of("$S", message));
  }

  /** A 400 {@code VALIDATION_ERROR} that says {@code message}, an expression. */
  private CodeBlock error(CodeBlock message) {
    return CodeBlock.of("$T.error(400, $S, $L)", responses, VALIDATION_ERROR, message);
  }
}
