package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorIncludes;
import dev.envelopes.processor.write.json.MetaRecordWriter;

/**
 * Puts one method's answer on the wire as its convention says, once {@link AnswerWriter} has read
 * the method's result into {@code data} (or {@code id}, {@code result}, {@code page}). Each
 * convention renders the status, the {@code Location} and the paging the plan decided.
 */
final class ConventionAnswers implements Convention.Visitor<Void> {

  private final EndpointPlan plan;
  private final MethodSpec.Builder filter;
  private final ClassName responses;
  private final ClassName paging;
  private final ConventionClasses classes;
  private final GeneratedNames names;
  private final StatusTable statuses;
  private final ClassName envelope;

  ConventionAnswers(
      EndpointPlan plan,
      MethodSpec.Builder filter,
      ConventionClasses classes,
      GeneratedNames names,
      StatusTable statuses) {
    this.plan = plan;
    this.filter = filter;
    this.classes = classes;
    this.responses = classes.responses();
    this.paging = classes.paging();
    this.names = names;
    this.statuses = statuses;
    this.envelope = GeneratedNames.envelope(plan.resource(), plan.endpoint());
  }

  /** What a convention needs before the result is read: the vendor style's request id. */
  Convention.Visitor<Void> prelude() {
    return new Convention.Visitor<>() {
      @Override
      public Void meta(MetaConvention meta) {
        return null;
      }

      @Override
      public Void bare(BareConvention bare) {
        return null;
      }

      @Override
      public Void status(StatusConvention status) {
        return null;
      }

      @Override
      public Void vendor(VendorConvention vendor) {
        filter.addStatement("$T id = $T.requestIdOf(request)", String.class, responses);
        return null;
      }
    };
  }

  @Override
  public Void meta(MetaConvention meta) {
    if (plan.result() == EndpointPlan.Result.PAGE) {
      filter.addStatement(
          "$T pagination = $T.pagination(request, page.total())", RuntimeTypes.PAGE_LINKS, paging);
    }
    filter
        .addStatement("$T status = $L", names.status(), statuses.constant(plan.successStatus()))
        .addStatement(
            "$T envelope =$Wnew $T(true, status.code(), status.message(), status.statusCode(),"
                + "$Wstatus.statusMessage(), null, $L)",
            envelope,
            envelope,
            MetaRecordWriter.dataCountAndPagination(plan));
    switch (plan.location()) {
      case NONE -> filter.addStatement("$T.answer(response, status, envelope)", responses);
      case NEW_RESOURCE ->
          filter.addStatement(
              "$T.answer(response, status, envelope, $T.locationOf(request, data))",
              responses,
              responses);
      case REQUEST ->
          filter.addStatement(
              "$T.answer(response, status, envelope,$W$T.location(request,"
                  + " $T.sentPathBuilder(request).build()))",
              responses,
              names.publicLinks(),
              names.requestUris());
    }
    return null;
  }

  @Override
  public Void bare(BareConvention bare) {
    switch (plan.result()) {
      case NO_DATA -> filter.addStatement("$T.answerEmpty(response)", responses);
      case CREATED_ID ->
          filter.addStatement("$T.answer(response, new $T(id))", responses, envelope);
      case OPTIONAL, SINGLE, MULTIPLE -> {
        if (plan.answersWithValueRecord()) {
          filter.addStatement("$T.answer(response, new $T(data))", responses, envelope);
        } else if (plan.result() == EndpointPlan.Result.OPTIONAL) {
          filter.addStatement("$T.answer(response, result.get())", responses);
        } else {
          filter.addStatement("$T.answer(response, response.getEntity())", responses);
        }
      }
      case PAGE ->
          filter
              .addStatement(
                  "$T cursor = $T.next(request, data.size(), page.total(), cursorKey)",
                  String.class,
                  paging)
              .addStatement(
                  "$T.answer(response,$Wnew $T(cursor, data.size(), page.total(), cursor != null,"
                      + " data))",
                  responses,
                  envelope);
    }
    return null;
  }

  @Override
  public Void status(StatusConvention status) {
    switch (plan.result()) {
      case NO_DATA ->
          filter.addStatement(
              "$T.answer(response, $L, $T.success())", responses, plan.successStatus(), envelope);
      case CREATED_ID ->
          filter.addStatement(
              "$T.answer(response, $L, $T.success(data), $T.locationOf(request, data))",
              responses,
              plan.successStatus(),
              envelope,
              responses);
      case PAGE -> {
        filter
            .addStatement(
                "$T pagination = $T.pagination(request, page.total())",
                RuntimeTypes.PAGE_TOTALS,
                paging)
            .addStatement(
                "$T.answer(response, $L, $T.success(data, pagination))",
                responses,
                plan.successStatus(),
                envelope);
      }
      default ->
          filter.addStatement(
              "$T.answer(response, $L, $T.success(data))",
              responses,
              plan.successStatus(),
              envelope);
    }
    return null;
  }

  @Override
  public Void vendor(VendorConvention vendor) {
    if (plan.result() == EndpointPlan.Result.NO_DATA) {
      filter.addStatement("$T data = null", Void.class);
    } else if (plan.result() == EndpointPlan.Result.PAGE) {
      filter.addStatement(
          "$T.link(request, response, data.size(), page.total(), cursorKey)", paging);
    }
    CodeBlock.Builder arguments =
        CodeBlock.builder().add(VendorIncludes.read(plan, classes.queries().orElseThrow(), filter));
    arguments.add(", id");
    if (plan.location() == EndpointPlan.Location.NEW_RESOURCE) {
      filter.addStatement(
          "$T.answer(response, $L, new $T($L),$W$T.locationOf(request, data))",
          responses,
          plan.successStatus(),
          envelope,
          arguments.build(),
          responses);
    } else {
      filter.addStatement(
          "$T.answer(response, $L, new $T($L))",
          responses,
          plan.successStatus(),
          envelope,
          arguments.build());
    }
    return null;
  }
}
