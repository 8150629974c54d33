package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.Casts;
import java.util.Collection;
import java.util.List;

/**
 * Renders the response filter of one method from its {@link EndpointPlan}: it reads what the method
 * returned the same way in every convention, then {@link ConventionAnswers} puts the answer on the
 * wire as the convention says.
 */
final class AnswerWriter {

  private final GeneratedNames names;
  private final StatusTable statuses;

  AnswerWriter(GeneratedNames names, StatusTable statuses) {
    this.names = names;
    this.statuses = statuses;
  }

  /**
   * The response filter: it leaves alone what is not the method's own result, such as an error the
   * exception mapper answered already, reads the result, and answers it.
   */
  MethodSpec responseFilter(EndpointPlan plan) {
    ConventionClasses classes = ConventionClasses.of(plan.convention(), names);
    ClassName responses = classes.responses();
    MethodSpec.Builder filter =
        SupportMembers.responseFilter()
            .beginControlFlow("if (!$T.isMethodResult(response))", responses)
            .addStatement("return")
            .endControlFlow();
    ConventionAnswers answers = new ConventionAnswers(plan, filter, classes, names, statuses);
    Reading reading = new Reading(plan, filter, responses, plan.convention().createdIdKey());
    plan.convention().accept(answers.prelude());
    reading.read(plan.unwrapsRelated() ? reading.related() : "response.getEntity()");
    plan.convention().accept(answers);
    return filter.build();
  }

  /** Reads the method's result into {@code data}, or answers where there is nothing to wrap. */
  private static final class Reading {

    private final EndpointPlan plan;
    private final MethodSpec.Builder filter;
    private final ClassName responses;
    private final String method;
    private final String createdId;

    Reading(EndpointPlan plan, MethodSpec.Builder filter, ClassName responses, String createdId) {
      this.plan = plan;
      this.filter = filter;
      this.responses = responses;
      this.method = plan.methodName();
      this.createdId = createdId;
    }

    /** Unwraps the data from the related records the method returned with it. */
    String related() {
      answerNullResultUnless(
          "!($L instanceof $T related)", "response.getEntity()", Casts.RELATED_OF_ANY);
      return "related.data()";
    }

    void read(String value) {
      ReturnShape returns = plan.endpoint().returns();
      boolean asIs = plan.answersEmptyAsNoContent();
      // A value or a list, once found not empty, goes into the record of the method's answer.
      boolean valueRecord = plan.answersWithValueRecord();
      switch (plan.result()) {
        case NO_DATA -> {}
        case CREATED_ID ->
            answerNullResultUnless(
                "!($L instanceof $T " + createdId + ")",
                value,
                ((ReturnShape.Single) returns).type().box());
        case OPTIONAL -> {
          filter.addStatement(
              "$T result = ($T) $L", Casts.OPTIONAL_OF_ANY, Casts.OPTIONAL_OF_ANY, value);
          if (asIs) {
            answerNoContentIf("result == null || result.isEmpty()");
            if (valueRecord) {
              castingDeclaration(((ReturnShape.Single) returns).type(), "result.get()");
            }
          } else {
            castingDeclaration(
                ((ReturnShape.Single) returns).type(),
                "(result == null ? null : result.orElse(null))");
          }
        }
        case SINGLE -> {
          if (asIs) {
            answerNoContentIf(value + " == null");
            if (valueRecord) {
              castingDeclaration(((ReturnShape.Single) returns).type(), value);
            }
          } else {
            castingDeclaration(((ReturnShape.Single) returns).type(), value);
          }
        }
        case MULTIPLE -> {
          ReturnShape.Multiple multiple = (ReturnShape.Multiple) returns;
          answerNullResultUnless("$L == null", value);
          if (!asIs) {
            castingDeclaration(multiple.type(), value);
          } else if (multiple.array()) {
            answerNoContentIf(CodeBlock.of("(($T) $L).length == 0", multiple.type(), value));
          } else {
            answerNoContentIf(
                CodeBlock.of(
                    "(($T) $L).isEmpty()",
                    ParameterizedTypeName.get(
                        ClassName.get(Collection.class), WildcardTypeName.subtypeOf(Object.class)),
                    value));
          }
          if (valueRecord) {
            castingDeclaration(multiple.type(), value);
          }
        }
        case PAGE -> {
          answerNullResultUnless("!($L instanceof $T page)", value, Casts.PAGE_OF_ANY);
          if (asIs) {
            answerNoContentIf("page.total() == 0");
          }
          castingDeclaration(
              ParameterizedTypeName.get(
                  ClassName.get(List.class), ((ReturnShape.Paged) returns).itemType()),
              "page.items()");
        }
      }
    }

    private void answerNullResultUnless(String condition, Object... arguments) {
      filter
          .beginControlFlow("if (" + condition + ")", arguments)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
    }

    private void answerNoContentIf(Object condition) {
      filter
          .beginControlFlow("if ($L)", condition)
          .addStatement("$T.answerNoContent(response)", responses)
          .addStatement("return")
          .endControlFlow();
    }

    /**
     * Declares {@code data} of {@code type} from {@code value}. The cast is unchecked for a
     * parameterized type, and safe: the framework hands back exactly what the method returned.
     */
    private void castingDeclaration(TypeName type, String value) {
      if (Casts.isUnchecked(type)) {
        filter.addCode(
            "@$T($S) // $L returns exactly this type\n",
            SuppressWarnings.class,
            "unchecked",
            method);
      }
      if (type.equals(ClassName.OBJECT)) {
        // The value is an Object already: a cast would be redundant, which -Xlint:cast reports.
        filter.addStatement("$T data = $L", type, value);
        return;
      }
      TypeName castType = type.isPrimitive() ? type.box() : type;
      filter.addStatement("$T data = ($T) $L", type, castType, value);
    }
  }
}
