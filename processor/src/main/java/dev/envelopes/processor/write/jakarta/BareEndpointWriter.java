package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
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
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.write.Javadocs;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Renders one method in the bare style: the record of its answer where the style has one (a created
 * id, a page), and the filters that check its paging and shape its answer.
 */
final class BareEndpointWriter {

  private static final ParameterizedTypeName OPTIONAL_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Optional.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ParameterizedTypeName PAGE_OF_ANY =
      ParameterizedTypeName.get(LibraryTypes.PAGE, WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedNames names;

  BareEndpointWriter(GeneratedNames names) {
    this.names = names;
  }

  /** The class that gives the method its answer in the bare style. */
  TypeSpec endpoint(ResourceModel resource, EndpointModel endpoint, ClassName self) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Answers $L in the bare style.\n", Javadocs.methodLink(resource, endpoint));
    endpoint.paging().ifPresent(paging -> addPagingCheck(type, endpoint, paging.maxLimit()));
    return type.addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addMethod(answer(resource, endpoint))
        .build();
  }

  private void addPagingCheck(TypeSpec.Builder type, EndpointModel endpoint, int maxLimit) {
    ParameterModel limit = endpoint.queryParameter(BareConvention.LIMIT).orElseThrow();
    type.addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addFields(ResourceEnvelopesWriter.limitConstants(limit, maxLimit))
        .addField(CursorSigning.keyField())
        .addMethod(CursorSigning.constructor())
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey)", names.barePaging())
                .build());
  }

  private MethodSpec answer(ResourceModel resource, EndpointModel endpoint) {
    String method = String.join(".", resource.type().simpleNames()) + "." + endpoint.name();
    ClassName responses = names.bareResponses();
    MethodSpec.Builder filter = ResourceEnvelopesWriter.responseFilter(responses);
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
      filter.addStatement("$T.answerEmpty(response)", responses);
    } else if (returns instanceof ReturnShape.Single single && BareConvention.creates(endpoint)) {
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T id))", single.type().box())
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow()
          .addStatement(
              "$T.answer(response, new $T(id))",
              responses,
              GeneratedNames.envelope(resource, endpoint));
    } else if (returns instanceof ReturnShape.Single single && single.optional()) {
      filter
          .addStatement("$T result = ($T) response.getEntity()", OPTIONAL_OF_ANY, OPTIONAL_OF_ANY)
          .beginControlFlow("if (result == null || result.isEmpty())")
          .addStatement("$T.answerNoContent(response)", responses)
          .addStatement("return")
          .endControlFlow()
          .addStatement("$T.answer(response, result.get())", responses);
    } else if (returns instanceof ReturnShape.Single) {
      filter
          .beginControlFlow("if (response.getEntity() == null)")
          .addStatement("$T.answerNoContent(response)", responses)
          .addStatement("return")
          .endControlFlow()
          .addStatement("$T.answer(response, response.getEntity())", responses);
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      TypeName castType = multiple.type();
      filter
          .beginControlFlow("if (response.getEntity() == null)")
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      if (multiple.array()) {
        filter.beginControlFlow("if ((($T) response.getEntity()).length == 0)", castType);
      } else {
        filter.beginControlFlow(
            "if ((($T) response.getEntity()).isEmpty())",
            ParameterizedTypeName.get(
                ClassName.get(java.util.Collection.class),
                WildcardTypeName.subtypeOf(Object.class)));
      }
      filter
          .addStatement("$T.answerNoContent(response)", responses)
          .addStatement("return")
          .endControlFlow()
          .addStatement("$T.answer(response, response.getEntity())", responses);
    } else {
      ReturnShape.Paged paged = (ReturnShape.Paged) returns;
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T page))", PAGE_OF_ANY)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow()
          .beginControlFlow("if (page.total() == 0)")
          .addStatement("$T.answerNoContent(response)", responses)
          .addStatement("return")
          .endControlFlow()
          .addCode(
              "@$T($S) // $L returns exactly this type\n",
              SuppressWarnings.class,
              "unchecked",
              method)
          .addStatement(
              "$T data = ($T) page.items()", listOf(paged.itemType()), listOf(paged.itemType()))
          .addStatement(
              "$T cursor = $T.next(request, data.size(), page.total(), cursorKey)",
              String.class,
              names.barePaging())
          .addStatement(
              "$T.answer(response,$Wnew $T(cursor, data.size(), page.total(), cursor != null,"
                  + " data))",
              responses,
              GeneratedNames.envelope(resource, endpoint));
    }
    return filter.build();
  }

  private static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }
}
