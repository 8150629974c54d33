package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Renders one method in the status envelope: the record of its {@code success} answer, typed to
 * what it returns, and the filters that check its paging and wrap its answer.
 */
final class StatusEndpointWriter {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ParameterizedTypeName OPTIONAL_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Optional.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ParameterizedTypeName PAGE_OF_ANY =
      ParameterizedTypeName.get(LibraryTypes.PAGE, WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedNames names;

  StatusEndpointWriter(GeneratedNames names) {
    this.names = names;
  }

  /** The class that gives the method its answer in the status envelope. */
  TypeSpec endpoint(ResourceModel resource, EndpointModel endpoint, ClassName self) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Wraps the answer of $L in {@link $T}.\n",
                Javadocs.methodLink(resource, endpoint),
                GeneratedNames.envelope(resource, endpoint));
    endpoint.paging().ifPresent(paging -> addPagingCheck(type, endpoint, paging.maxLimit()));
    return type.addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addMethod(answer(resource, endpoint))
        .build();
  }

  private void addPagingCheck(TypeSpec.Builder type, EndpointModel endpoint, int maxPerPage) {
    ParameterModel page = endpoint.queryParameter(StatusConvention.PAGE).orElseThrow();
    ParameterModel perPage = endpoint.queryParameter(StatusConvention.PER_PAGE).orElseThrow();
    boolean longPage = page.primitive().filter("long"::equals).isPresent();
    type.addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addField(
            FieldSpec.builder(
                    TypeName.LONG, "MAX_PAGE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The largest value of the method's page parameter, $L.\n",
                    longPage ? "a long" : "an int")
                .initializer("$T.MAX_VALUE", longPage ? Long.class : Integer.class)
                .build())
        .addFields(ResourceEnvelopesWriter.limitConstants(perPage, maxPerPage))
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T.read(request, MAX_PAGE, DEFAULT_LIMIT, MAX_LIMIT)", names.statusPaging())
                .build());
  }

  private MethodSpec answer(ResourceModel resource, EndpointModel endpoint) {
    String method = String.join(".", resource.type().simpleNames()) + "." + endpoint.name();
    ClassName responses = names.statusResponses();
    ClassName envelope = GeneratedNames.envelope(resource, endpoint);
    MethodSpec.Builder filter = ResourceEnvelopesWriter.responseFilter(responses);
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
      return filter
          .addStatement("$T.answer(response, 200, $T.success())", responses, envelope)
          .build();
    }
    if (returns instanceof ReturnShape.Single single && StatusConvention.creates(endpoint)) {
      return filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T data))", single.type().box())
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow()
          .addStatement(
              "$T.answer(response, 201, $T.success(data), $T.locationOf(request, data))",
              responses,
              envelope,
              responses)
          .build();
    }
    if (returns instanceof ReturnShape.Single single && single.optional()) {
      filter.addStatement(
          "$T result = ($T) response.getEntity()", OPTIONAL_OF_ANY, OPTIONAL_OF_ANY);
      ResourceEnvelopesWriter.castingDeclaration(
          filter, single.type(), "(result == null ? null : result.orElse(null))", method);
    } else if (returns instanceof ReturnShape.Single single) {
      ResourceEnvelopesWriter.castingDeclaration(
          filter, single.type(), "response.getEntity()", method);
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      filter
          .beginControlFlow("if (response.getEntity() == null)")
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      ResourceEnvelopesWriter.castingDeclaration(
          filter, multiple.type(), "response.getEntity()", method);
    } else {
      ReturnShape.Paged paged = (ReturnShape.Paged) returns;
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T page))", PAGE_OF_ANY)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      ResourceEnvelopesWriter.castingDeclaration(
          filter,
          ParameterizedTypeName.get(ClassName.get(List.class), paged.itemType()),
          "page.items()",
          method);
      return filter
          .addStatement(
              "$T totals = $T.pagination(request, page.total())",
              names.statusPagination(),
              names.statusPaging())
          .addStatement(
              "$T pagination =$Wnew $T(totals.totalCount(), totals.currentPage(),"
                  + " totals.totalPages())",
              envelope.nestedClass(EnvelopeRecordsWriter.PAGINATION),
              envelope.nestedClass(EnvelopeRecordsWriter.PAGINATION))
          .addStatement(
              "$T.answer(response, 200, $T.success(data, pagination))", responses, envelope)
          .build();
    }
    return filter
        .addStatement("$T.answer(response, 200, $T.success(data))", responses, envelope)
        .build();
  }
}
