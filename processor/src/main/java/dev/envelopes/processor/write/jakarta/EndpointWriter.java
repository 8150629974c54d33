package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.EndpointCursorKeys;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.PagingConstants;
import dev.envelopes.processor.write.QueryConstants;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the class that gives one method its answer, in every convention, from the method's {@link
 * EndpointPlan}: the request filter that checks its query and paging, and the response filter that
 * {@link AnswerWriter} renders.
 */
final class EndpointWriter {

  private final GeneratedNames names;
  private final AnswerWriter answers;

  EndpointWriter(GeneratedNames names, StatusTable statuses) {
    this.names = names;
    this.answers = new AnswerWriter(names, statuses);
  }

  /** The class named {@code self} that answers the planned method. */
  TypeSpec endpoint(EndpointPlan plan, ClassName self) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(javadoc(plan));
    if (plan.paging().isPresent() || plan.queryCheck().isPresent()) {
      type.addSuperinterface(LibraryTypes.REQUEST_FILTER);
      plan.queryCheck().ifPresent(check -> type.addFields(QueryConstants.of(check)));
      plan.paging().ifPresent(paging -> addPagingConstants(type, paging));
      type.addMethod(requestFilter(plan));
    }
    return type.addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addMethod(answers.responseFilter(plan))
        .build();
  }

  private static CodeBlock javadoc(EndpointPlan plan) {
    CodeBlock method = Javadocs.methodLink(plan.resource(), plan.endpoint());
    ClassName envelope = GeneratedNames.envelope(plan.resource(), plan.endpoint());
    CodeBlock wraps = CodeBlock.of("Wraps the answer of $L in {@link $T}.\n", method, envelope);
    return plan.convention()
        .accept(
            new Convention.Visitor<CodeBlock>() {
              @Override
              public CodeBlock meta(MetaConvention meta) {
                return wraps;
              }

              @Override
              public CodeBlock bare(BareConvention bare) {
                return CodeBlock.of("Answers $L in the bare style.\n", method);
              }

              @Override
              public CodeBlock status(StatusConvention status) {
                return wraps;
              }

              @Override
              public CodeBlock vendor(VendorConvention vendor) {
                return CodeBlock.of(
                    "Checks the query of $L and wraps its answer in {@link $T}.\n",
                    method,
                    envelope);
              }
            });
  }

  /** The method's paging limits as constants, and the key of its cursors. */
  private static void addPagingConstants(TypeSpec.Builder type, PagingPlan paging) {
    type.addFields(PagingConstants.of(paging, "@DefaultValue"));
    if (paging.signsCursors()) {
      type.addField(EndpointCursorKeys.keyField()).addMethod(CursorSigning.constructor());
    }
  }

  /** Checks the query the method takes, then reads the page the request asks for. */
  private MethodSpec requestFilter(EndpointPlan plan) {
    MethodSpec.Builder filter =
        MethodSpec.methodBuilder("filter")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(LibraryTypes.REQUEST_CONTEXT, "request");
    ConventionClasses classes = ConventionClasses.of(plan.convention(), names);
    String check = "$T.check(request, PARAMETERS, VIEWS, INCLUDES)";
    if (plan.paging().isEmpty()) {
      return filter.addStatement(check, classes.queries().orElseThrow()).build();
    }
    PagingPlan paging = plan.paging().get();
    List<String> arguments = PagingConstants.positionAndLimits(paging);
    if (paging.signsCursors()) {
      arguments.add("cursorKey");
    }
    if (paging.linked().isPresent()) {
      arguments.add("LINKED");
    }
    CodeBlock read =
        CodeBlock.of("$T.read(request, $L)", classes.paging(), String.join(", ", arguments));
    if (plan.queryCheck().isEmpty()) {
      return filter.addStatement(read).build();
    }
    return filter
        .beginControlFlow("if (" + check + ")", classes.queries().orElseThrow())
        .addStatement(read)
        .endControlFlow()
        .build();
  }
}
