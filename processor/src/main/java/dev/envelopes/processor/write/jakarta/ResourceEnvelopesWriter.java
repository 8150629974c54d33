package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders what one resource class needs: an envelope record per enveloped method, and the dynamic
 * feature that gives each of those methods the filters that check its request and wrap its answer.
 */
final class ResourceEnvelopesWriter {

  private static final String ON_SUCCESS = "on success";
  private static final ParameterizedTypeName OPTIONAL_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Optional.class), WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedNames names;
  private final StatusTable statuses;
  private final BareEndpointWriter bare;
  private final StatusEndpointWriter status;
  private final VendorEndpointWriter vendor;

  ResourceEnvelopesWriter(GeneratedNames names, StatusTable statuses) {
    this.names = names;
    this.statuses = statuses;
    this.bare = new BareEndpointWriter(names);
    this.status = new StatusEndpointWriter(names);
    this.vendor = new VendorEndpointWriter(names);
  }

  /** The dynamic feature of the resource class. */
  TypeSpec feature(ResourceModel resource) {
    ClassName self = GeneratedNames.resourceFeature(resource);
    MethodSpec.Builder configure =
        MethodSpec.methodBuilder("configure")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(LibraryTypes.RESOURCE_INFO, "resourceInfo")
            .addParameter(LibraryTypes.FEATURE_CONTEXT, "context")
            .addCode(matchesResourceClass(resource))
            .beginControlFlow("switch (resourceInfo.getResourceMethod().getName())");
    TypeSpec.Builder feature =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(LibraryTypes.DYNAMIC_FEATURE)
            .addJavadoc(
                "Answers the enveloped methods of {@link $T} in $L.\n\n"
                    + "<p>{@link $T} registers it; at startup Jakarta REST asks it about each"
                    + " resource method, and it\ngives each enveloped method the filters below.\n",
                resource.type(),
                styleDescription(resource),
                names.feature())
            .addAnnotation(SourceFiles.generated());
    for (EndpointModel endpoint : resource.endpoints()) {
      ClassName endpointClass = self.nestedClass(GeneratedNames.endpointClassName(endpoint));
      if (CursorSigning.signsCursors(endpoint)) {
        configure.addStatement(
            "case $S -> context.register(new $T($L))",
            endpoint.name(),
            endpointClass,
            CursorSigning.configuredKey(resource, endpoint));
      } else {
        configure.addStatement(
            "case $S -> context.register(new $T())", endpoint.name(), endpointClass);
      }
      feature.addType(endpoint(resource, endpoint, endpointClass));
    }
    configure.endControlFlow();
    return feature.addMethod(configure.build()).build();
  }

  /**
   * Returns from {@code configure} unless Jakarta REST asks about a method of the resource class:
   * the class itself for a root resource; for a sub-resource, whatever class of it the locator's
   * object has.
   */
  private static CodeBlock matchesResourceClass(ResourceModel resource) {
    String differs =
        resource.subResource()
            ? "if (!$T.class.isAssignableFrom(resourceInfo.getResourceClass()))"
            : "if (resourceInfo.getResourceClass() != $T.class)";
    return CodeBlock.builder()
        .beginControlFlow(differs, resource.type())
        .addStatement("return")
        .endControlFlow()
        .build();
  }

  private static String styleDescription(ResourceModel resource) {
    Set<Style> styles = EnumSet.noneOf(Style.class);
    resource.endpoints().forEach(endpoint -> styles.add(endpoint.style()));
    if (styles.size() > 1) {
      return "the style each chooses";
    }
    return Conventions.of(styles.iterator().next()).phrase();
  }

  private TypeSpec endpoint(ResourceModel resource, EndpointModel endpoint, ClassName self) {
    if (endpoint.style() == Style.BARE) {
      return bare.endpoint(resource, endpoint, self);
    }
    if (endpoint.style() == Style.STATUS) {
      return status.endpoint(resource, endpoint, self);
    }
    if (endpoint.style() == Style.VENDOR) {
      return vendor.endpoint(resource, endpoint, self);
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Wraps the answer of $L in {@link $T}.\n",
                Javadocs.methodLink(resource, endpoint),
                GeneratedNames.envelope(resource, endpoint));
    if (endpoint.paging().isPresent()) {
      addPagingCheck(type, endpoint);
    }
    return type.addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addMethod(answer(resource, endpoint))
        .build();
  }

  /** The request filter of a paged method, with the method's limits as constants. */
  private void addPagingCheck(TypeSpec.Builder type, EndpointModel endpoint) {
    ParameterModel offset = endpoint.queryParameter(MetaConvention.OFFSET).orElseThrow();
    ParameterModel limit = endpoint.queryParameter(MetaConvention.LIMIT).orElseThrow();
    boolean longOffset = offset.primitive().filter("long"::equals).isPresent();
    long typeMax = longOffset ? Long.MAX_VALUE : Integer.MAX_VALUE;
    long maxOffset = endpoint.paging().get().maxOffset();
    FieldSpec.Builder maxOffsetField =
        FieldSpec.builder(
            TypeName.LONG, "MAX_OFFSET", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    if (maxOffset < typeMax) {
      maxOffsetField
          .addJavadoc("The {@code maxOffset} of the method's {@code @Paginated}.\n")
          .initializer("$LL", maxOffset);
    } else {
      maxOffsetField
          .addJavadoc(
              "The largest value of the method's offset parameter, $L.\n",
              longOffset ? "a long" : "an int")
          .initializer("$T.MAX_VALUE", longOffset ? Long.class : Integer.class);
    }
    type.addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addField(maxOffsetField.build())
        .addFields(limitConstants(limit, endpoint.paging().get().maxLimit()))
        .addField(linkedQuery(endpoint))
        .addMethod(
            MethodSpec.methodBuilder("filter")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addStatement(
                    "$T.read(request, MAX_OFFSET, DEFAULT_LIMIT, MAX_LIMIT, LINKED)",
                    names.paging())
                .build());
  }

  /**
   * {@code LINKED}, the query parameters the links of a paged method repeat: those it declares, in
   * order of name, or every one when a {@code @BeanParam} may declare more than the model sees.
   */
  private static FieldSpec linkedQuery(EndpointModel endpoint) {
    FieldSpec.Builder field =
        FieldSpec.builder(
                LibraryTypes.LINK_QUERY, "LINKED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The query parameters the method's page links repeat.\n");
    if (endpoint.parameters().stream()
        .anyMatch(parameter -> parameter.source() == ParameterModel.Source.GROUPED)) {
      return field.initializer("$T.everyParameter()", LibraryTypes.LINK_QUERY).build();
    }
    CodeBlock.Builder names = CodeBlock.builder();
    endpoint.parameters().stream()
        .filter(parameter -> parameter.source() == ParameterModel.Source.QUERY)
        .map(ParameterModel::wireName)
        .sorted()
        .distinct()
        .forEach(name -> names.add(names.isEmpty() ? "$S" : ", $S", name));
    return field
        .initializer("$T.declared($T.of($L))", LibraryTypes.LINK_QUERY, Set.class, names.build())
        .build();
  }

  /** {@code DEFAULT_LIMIT} and {@code MAX_LIMIT}, the limits of a paged method in every style. */
  static List<FieldSpec> limitConstants(ParameterModel limit, int maxLimit) {
    return List.of(
        FieldSpec.builder(
                TypeName.INT, "DEFAULT_LIMIT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The {@code @DefaultValue} of the method's $L parameter.\n", limit.wireName())
            .initializer("$L", Integer.parseInt(limit.defaultValue().orElseThrow()))
            .build(),
        FieldSpec.builder(
                TypeName.INT, "MAX_LIMIT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The {@code maxLimit} of the method's {@code @Paginated}.\n")
            .initializer("$L", maxLimit)
            .build());
  }

  /**
   * The start of a response filter in every style: it leaves alone what is not the method's own
   * result, such as an error the exception mapper answered already.
   */
  static MethodSpec.Builder responseFilter(ClassName responses) {
    return MethodSpec.methodBuilder("filter")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
        .beginControlFlow("if (!$T.isMethodResult(response))", responses)
        .addStatement("return")
        .endControlFlow();
  }

  /** The response filter: wraps what the method returned in its envelope. */
  private MethodSpec answer(ResourceModel resource, EndpointModel endpoint) {
    ClassName envelope = GeneratedNames.envelope(resource, endpoint);
    CodeBlock status = statuses.constant(MetaConvention.successStatus(endpoint));
    String method = String.join(".", resource.type().simpleNames()) + "." + endpoint.name();
    MethodSpec.Builder filter = ResourceEnvelopesWriter.responseFilter(names.responses());
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
    } else if (returns instanceof ReturnShape.Single single
        && MetaConvention.creates(endpoint)) {
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T data))", single.type().box())
          .addStatement("$T.answerNullResult(response, $S)", names.responses(), method)
          .addStatement("return")
          .endControlFlow();
    } else if (returns instanceof ReturnShape.Single single && single.optional()) {
      filter.addStatement(
          "$T result = ($T) response.getEntity()", OPTIONAL_OF_ANY, OPTIONAL_OF_ANY);
      castingDeclaration(
          filter, single.type(), "(result == null ? null : result.orElse(null))", method);
    } else if (returns instanceof ReturnShape.Single single) {
      castingDeclaration(filter, single.type(), "response.getEntity()", method);
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      filter
          .beginControlFlow("if (response.getEntity() == null)")
          .addStatement("$T.answerNullResult(response, $S)", names.responses(), method)
          .addStatement("return")
          .endControlFlow();
      castingDeclaration(filter, multiple.type(), "response.getEntity()", method);
    } else {
      ReturnShape.Paged paged = (ReturnShape.Paged) returns;
      ParameterizedTypeName anyPage =
          ParameterizedTypeName.get(LibraryTypes.PAGE, WildcardTypeName.subtypeOf(Object.class));
      filter
          .beginControlFlow("if (!(response.getEntity() instanceof $T page))", anyPage)
          .addStatement("$T.answerNullResult(response, $S)", names.responses(), method)
          .addStatement("return")
          .endControlFlow();
      castingDeclaration(filter, listOf(paged.itemType()), "page.items()", method);
      filter
          .addStatement(
              "$T links = $T.pagination(request, page.total())", names.pagination(), names.paging())
          .addStatement(
              "$T pagination = new $T(links.next(), links.prev())",
              envelope.nestedClass(EnvelopeRecordsWriter.PAGINATION),
              envelope.nestedClass(EnvelopeRecordsWriter.PAGINATION));
    }
    filter
        .addStatement("$T status = $L", names.status(), status)
        .addStatement(
            "$T envelope =$Wnew $T(true, status.code(), status.message(), status.statusCode(),"
                + "$Wstatus.statusMessage(), null, $L)",
            envelope,
            envelope,
            envelopeValues(endpoint));
    return switch (MetaConvention.location(endpoint)) {
      case NONE ->
          filter.addStatement("$T.answer(response, status, envelope)", names.responses()).build();
      case NEW_RESOURCE ->
          filter
              .addStatement(
                  "$T.answer(response, status, envelope, $T.locationOf(request, data))",
                  names.responses(),
                  names.responses())
              .build();
      case REQUEST ->
          filter
              .addStatement(
                  "$T.answer(response, status, envelope,$W$T.location(request,"
                      + " request.getUriInfo().getAbsolutePath()))",
                  names.responses(),
                  names.publicLinks())
              .build();
    };
  }

  /**
   * Declares {@code data} of {@code type} from {@code value}. The cast is unchecked for a
   * parameterized type, and safe: the framework hands back exactly what the method returned.
   */
  static void castingDeclaration(
      MethodSpec.Builder filter, TypeName type, String value, String method) {
    if (isUncheckedCast(type)) {
      filter.addCode(
          "@$T($S) // $L returns exactly this type\n", SuppressWarnings.class, "unchecked", method);
    }
    if (type.equals(ClassName.OBJECT)) {
      // The value is an Object already: a cast would be redundant, which -Xlint:cast reports.
      filter.addStatement("$T data = $L", type, value);
      return;
    }
    TypeName castType = type.isPrimitive() ? type.box() : type;
    filter.addStatement("$T data = ($T) $L", type, castType, value);
  }

  private static boolean isUncheckedCast(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isUncheckedCast(array.componentType());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      for (TypeName argument : parameterized.typeArguments()) {
        if (!(argument instanceof WildcardTypeName wildcard)
            || !wildcard.upperBounds().equals(List.of(ClassName.OBJECT))
            || !wildcard.lowerBounds().isEmpty()) {
          return true;
        }
      }
      return parameterized.enclosingType() != null
          && isUncheckedCast(parameterized.enclosingType());
    }
    return false;
  }

  private static TypeName listOf(TypeName item) {
    return ParameterizedTypeName.get(ClassName.get(List.class), item);
  }

  /** The values of {@code data}, {@code count} and {@code pagination}, as the filter has them. */
  private static CodeBlock envelopeValues(EndpointModel endpoint) {
    ReturnShape returns = endpoint.returns();
    if (returns instanceof ReturnShape.NoData) {
      return CodeBlock.of("null, null, null");
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      return CodeBlock.of("data, data.$L, null", multiple.array() ? "length" : "size()");
    } else if (returns instanceof ReturnShape.Paged) {
      return CodeBlock.of("data, page.total(), pagination");
    }
    return CodeBlock.of("data, null, null");
  }
}
