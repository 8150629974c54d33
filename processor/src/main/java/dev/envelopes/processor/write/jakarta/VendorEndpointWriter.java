package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import dev.envelopes.processor.model.VendorOptions;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.json.VendorRecordWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Renders one method in the vendor style: the record of its answer, {@code {data, <included>,
 * request_id}}, and the filters that check its query and wrap its answer.
 */
final class VendorEndpointWriter {

  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);
  private static final ParameterizedTypeName OPTIONAL_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Optional.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ParameterizedTypeName PAGE_OF_ANY =
      ParameterizedTypeName.get(LibraryTypes.PAGE, WildcardTypeName.subtypeOf(Object.class));
  private static final ClassName RELATED = ClassName.get("dev.envelopes", "Related");
  private static final ParameterizedTypeName RELATED_OF_ANY =
      ParameterizedTypeName.get(RELATED, WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedNames names;

  VendorEndpointWriter(GeneratedNames names) {
    this.names = names;
  }

  /** The class that checks the method's query and gives it its answer in the vendor style. */
  TypeSpec endpoint(ResourceModel resource, EndpointModel endpoint, ClassName self) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.REQUEST_FILTER)
            .addSuperinterface(LibraryTypes.RESPONSE_FILTER)
            .addJavadoc(
                "Checks the query of $L and wraps its answer in {@link $T}.\n",
                Javadocs.methodLink(resource, endpoint),
                GeneratedNames.envelope(resource, endpoint));
    VendorOptions options = endpoint.vendorOptions();
    Set<String> parameters = new TreeSet<>();
    for (ParameterModel parameter : endpoint.parameters()) {
      if (parameter.source() == ParameterModel.Source.QUERY) {
        parameters.add(parameter.wireName());
      }
    }
    Set<String> views = new TreeSet<>(options.views());
    if (options.viewsOrigin().isPresent()) {
      views.add(VendorConvention.DEFAULT_VIEW);
    }
    Set<String> includes = new TreeSet<>();
    options.includes().forEach(include -> includes.add(include.name()));
    if (!includes.isEmpty()) {
      parameters.add(VendorConvention.INCLUDE);
    }
    type.addField(constant("PARAMETERS", "The query parameters the method takes.", parameters))
        .addField(
            constant("VIEWS", "The views the method offers, none when it declares none.", views))
        .addField(constant("INCLUDES", "The related records the method can side-load.", includes));
    MethodSpec.Builder check =
        MethodSpec.methodBuilder("filter")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(LibraryTypes.REQUEST_CONTEXT, "request");
    if (endpoint.paging().isPresent()) {
      ParameterModel limit = endpoint.queryParameter(VendorConvention.LIMIT).orElseThrow();
      type.addFields(
              ResourceEnvelopesWriter.limitConstants(limit, endpoint.paging().get().maxLimit()))
          .addField(
              FieldSpec.builder(
                      LibraryTypes.LINK_QUERY,
                      "LINKED",
                      Modifier.PRIVATE,
                      Modifier.STATIC,
                      Modifier.FINAL)
                  .addJavadoc("The query parameters its {@code Link} repeats: those it takes.\n")
                  .initializer("$T.declared(PARAMETERS)", LibraryTypes.LINK_QUERY)
                  .build())
          .addField(CursorSigning.keyField())
          .addMethod(CursorSigning.constructor());
      check
          .beginControlFlow(
              "if ($T.check(request, PARAMETERS, VIEWS, INCLUDES))", names.vendorQueries())
          .addStatement(
              "$T.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey, LINKED)",
              names.vendorPaging())
          .endControlFlow();
    } else {
      check.addStatement("$T.check(request, PARAMETERS, VIEWS, INCLUDES)", names.vendorQueries());
    }
    return type.addMethod(check.build()).addMethod(answer(resource, endpoint)).build();
  }

  private static FieldSpec constant(String name, String doc, Set<String> values) {
    CodeBlock.Builder set = CodeBlock.builder().add("$T.of(", Set.class);
    boolean first = true;
    for (String value : values) {
      set.add(first ? "$S" : ", $S", value);
      first = false;
    }
    return FieldSpec.builder(STRING_SET, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer(set.add(")").build())
        .build();
  }

  private MethodSpec answer(ResourceModel resource, EndpointModel endpoint) {
    String method = String.join(".", resource.type().simpleNames()) + "." + endpoint.name();
    ClassName responses = names.vendorResponses();
    ClassName envelope = GeneratedNames.envelope(resource, endpoint);
    VendorOptions options = endpoint.vendorOptions();
    MethodSpec.Builder filter = ResourceEnvelopesWriter.responseFilter(responses);
    filter.addStatement("$T id = $T.requestIdOf(request)", String.class, responses);
    String value = "response.getEntity()";
    if (options.related()) {
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T related))", RELATED_OF_ANY)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      value = "related.data()";
    }
    ReturnShape returns = endpoint.returns();
    int status = 200;
    boolean creates = false;
    if (returns instanceof ReturnShape.NoData) {
      filter.addStatement("$T data = null", Void.class);
    } else if (returns instanceof ReturnShape.Single single
        && MetaConvention.creates(endpoint)) {
      filter
          .beginControlFlow("if (!($L instanceof $T data))", value, single.type().box())
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      status = 201;
      creates = true;
    } else if (returns instanceof ReturnShape.Single single && single.optional()) {
      filter.addStatement("$T result = ($T) $L", OPTIONAL_OF_ANY, OPTIONAL_OF_ANY, value);
      ResourceEnvelopesWriter.castingDeclaration(
          filter, single.type(), "(result == null ? null : result.orElse(null))", method);
    } else if (returns instanceof ReturnShape.Single single) {
      ResourceEnvelopesWriter.castingDeclaration(filter, single.type(), value, method);
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      filter
          .beginControlFlow("if ($L == null)", value)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      ResourceEnvelopesWriter.castingDeclaration(filter, multiple.type(), value, method);
    } else {
      ReturnShape.Paged paged = (ReturnShape.Paged) returns;
      filter
          .beginControlFlow("if (!($L instanceof $T page))", value, PAGE_OF_ANY)
          .addStatement("$T.answerNullResult(response, $S)", responses, method)
          .addStatement("return")
          .endControlFlow();
      ResourceEnvelopesWriter.castingDeclaration(
          filter, listOf(paged.itemType()), "page.items()", method);
      filter.addStatement(
          "$T.link(request, response, data.size(), page.total(), cursorKey)", names.vendorPaging());
    }
    CodeBlock.Builder arguments = CodeBlock.builder().add("data");
    if (!options.includes().isEmpty()) {
      filter.addStatement("$T included = $T.included(request)", STRING_SET, names.vendorQueries());
      for (VendorOptions.IncludeModel include : options.includes()) {
        String local = VendorRecordWriter.componentName(include.name());
        filter
            .addCode(
                "@$T($S) // $L attaches a list of $T under $S\n",
                SuppressWarnings.class,
                "unchecked",
                method,
                include.type(),
                include.name())
            .addStatement(
                "$T $L = included.contains($S) ? ($T) related.included().getOrDefault($S,"
                    + " $T.of()) : null",
                listOf(include.type()),
                local,
                include.name(),
                listOf(include.type()),
                include.name(),
                List.class);
        arguments.add(", $L", local);
      }
    }
    arguments.add(", id");
    if (creates) {
      filter.addStatement(
          "$T.answer(response, $L, new $T($L),$W$T.locationOf(request, data))",
          responses,
          status,
          envelope,
          arguments.build(),
          responses);
    } else {
      filter.addStatement(
          "$T.answer(response, $L, new $T($L))", responses, status, envelope, arguments.build());
    }
    return filter.build();
  }

  private static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }
}
