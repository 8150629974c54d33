package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.dialect.ParameterBinding;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.MediaTypes;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.VendorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one enveloped resource method into an {@link EndpointModel}: what the framework makes of it
 * (HTTP method, path, parameters, media types), as its dialect tells, and what Envelopes'
 * annotations add (paging, style, views and related records).
 */
final class EndpointReader {

  private final Annotations annotations;
  private final ReturnShapeReader returnShapes;
  private final Types types;
  private final Elements elements;
  private final Dialect dialect;

  EndpointReader(Elements elements, Types types, Dialect dialect) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.returnShapes = new ReturnShapeReader(elements, types, dialect);
    this.types = types;
    this.dialect = dialect;
  }

  EndpointModel read(
      TypeElement resource,
      ResourceMethods.Member member,
      Optional<Style> located,
      PayloadJsonReader payloads) {
    ExecutableElement method = member.implementation();
    ExecutableElement annotated = member.envelopesAnnotated();
    ExecutableType memberType = memberType(resource, member);
    TypeMirror declaredReturnType = memberType.getReturnType();
    // What the client gets: the result of a CompletionStage, as the framework answers it, and of
    // that the body of the framework's typed response.
    TypeMirror result = returnShapes.resultOf(declaredReturnType);
    EndpointModel.Delivery delivery = deliveryOf(resource, member, result);
    Optional<TypeMirror> body =
        delivery == EndpointModel.Delivery.BODY_IN_RESPONSE
            ? returnShapes.bodyOf(result)
            : Optional.of(result);
    TypeMirror returnType = body.orElse(result);
    payloadOf(returnType).ifPresent(payloads::add);
    List<ParameterModel> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = member.declaration().getParameters();
    for (int i = 0; i < declared.size(); i++) {
      parameters.add(readParameter(declared.get(i), memberType.getParameterTypes().get(i)));
    }
    return new EndpointModel(
        method.getSimpleName().toString(),
        member.httpMethods(),
        dialect.pathOf(member.declaration()),
        new EndpointModel.Access(
            method.getModifiers().contains(Modifier.PUBLIC),
            method.getModifiers().contains(Modifier.STATIC),
            method.getModifiers().contains(Modifier.ABSTRACT),
            !method.getTypeParameters().isEmpty()),
        List.copyOf(parameters),
        TypeName.get(declaredReturnType),
        body.isEmpty() || delivery == EndpointModel.Delivery.VIEW
            ? new ReturnShape.Unwrappable()
            : returnShapeOf(returnType),
        delivery,
        // The envelope is generated next to the resource, so it names the payload from there.
        Reaches.firstHidden(
            returnType, elements.getPackageOf(resource).getQualifiedName().toString(), elements),
        pagingOf(annotated),
        member.style(resource, located),
        vendorOptions(annotated, returnType, payloads),
        producesOf(member.declaration(), resource),
        located.isPresent() || Annotations.find(resource, KnownTypes.ENVELOPED).isPresent(),
        member.origin());
  }

  /** How the framework answers with what {@code member} returns, {@code result} once completed. */
  private EndpointModel.Delivery deliveryOf(
      TypeElement resource, ResourceMethods.Member member, TypeMirror result) {
    if (!dialect.writesReturnAsBody(resource, member.declaration())) {
      return EndpointModel.Delivery.VIEW;
    }
    return returnShapes.isTypedResponse(result)
        ? EndpointModel.Delivery.BODY_IN_RESPONSE
        : EndpointModel.Delivery.BODY;
  }

  /** A reader of how the payloads of the endpoints of one resource are written. */
  PayloadJsonReader payloadReader() {
    return new PayloadJsonReader(
        types, new DatabindDateTimes(elements, types, JsonLibraries.of(elements, dialect)));
  }

  /**
   * The type of {@code method} as a member of {@code resource}: a type variable of a superclass or
   * interface is resolved, such as the T of get() in a class that extends CrudResource<Book>.
   */
  ExecutableType memberType(TypeElement resource, ResourceMethods.Member method) {
    return (ExecutableType)
        types.asMemberOf((DeclaredType) resource.asType(), method.implementation());
  }

  Optional<PagingModel> pagingOf(ExecutableElement method) {
    return Annotations.find(method, KnownTypes.PAGINATED)
        .map(
            annotation ->
                new PagingModel(
                    annotations.intValue(annotation, "maxLimit"),
                    annotations.longValue(annotation, "maxOffset"),
                    Origin.of(method, annotation)));
  }

  /** The media types the method declares it produces, or else its class. */
  Optional<MediaTypes> producesOf(ExecutableElement method, TypeElement resource) {
    Optional<MediaTypes> onMethod = mediaTypes(method, false);
    return onMethod.isPresent() ? onMethod : mediaTypes(resource, true);
  }

  private Optional<MediaTypes> mediaTypes(Element declaring, boolean onClass) {
    return dialect
        .producesOf(declaring)
        .map(
            declared ->
                new MediaTypes(
                    declared.types(),
                    onClass,
                    Origin.of(declaring, declared.annotation()).valueNamed(declared.attribute())));
  }

  /**
   * The type of what the method answers under {@code data}, as the envelopes name it: the value of
   * an {@code Optional}, the item of a {@code Page}, the data of a {@code Related}; empty when it
   * answers none or names a type variable.
   */
  private static Optional<TypeMirror> payloadOf(TypeMirror returnType) {
    TypeMirror type = returnType;
    for (String wrapper : List.of(KnownTypes.RELATED, KnownTypes.OPTIONAL, KnownTypes.PAGE)) {
      if (Annotations.isType(type, wrapper)) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        if (arguments.isEmpty()) {
          return Optional.empty();
        }
        type = arguments.get(0);
      }
    }
    boolean answersData =
        type.getKind() != TypeKind.VOID
            && !Annotations.isType(type, KnownTypes.VOID)
            && !TypeResolution.mentionsTypeVariable(type);
    return answersData ? Optional.of(type) : Optional.empty();
  }

  /** What the method returns; for {@code Related<T>}, what its data {@code T} is. */
  private ReturnShape returnShapeOf(TypeMirror type) {
    if (!Annotations.isType(type, KnownTypes.RELATED)) {
      return returnShapes.read(type);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.isEmpty()
        ? new ReturnShape.Single(ClassName.OBJECT, false, false)
        : returnShapes.read(arguments.get(0));
  }

  private VendorOptions vendorOptions(
      ExecutableElement method, TypeMirror returnType, PayloadJsonReader payloads) {
    Optional<AnnotationMirror> views = Annotations.find(method, KnownTypes.VIEWS);
    List<VendorOptions.IncludeModel> includes = new ArrayList<>();
    for (AnnotationMirror include :
        Annotations.findRepeated(method, KnownTypes.INCLUDE, KnownTypes.INCLUDES)) {
      TypeMirror type = annotations.typeValue(include, "type");
      payloads.add(type);
      includes.add(
          new VendorOptions.IncludeModel(
              annotations.stringValue(include, "name"),
              TypeName.get(type),
              Origin.of(method, include)));
    }
    return new VendorOptions(
        views.map(annotation -> annotations.stringsValue(annotation, "value")).orElse(List.of()),
        views.map(annotation -> Origin.of(method, annotation)),
        List.copyOf(includes),
        Annotations.isType(returnType, KnownTypes.RELATED));
  }

  /** Reads {@code parameter}, of {@code type} in the resource class, as the framework binds it. */
  private ParameterModel readParameter(VariableElement parameter, TypeMirror type) {
    ParameterBinding binding = dialect.bindingOf(parameter);
    return new ParameterModel(
        parameter.getSimpleName().toString(),
        TypeName.get(types.erasure(type)),
        ScalarSchemas.parameterOf(type),
        type.getKind().isPrimitive() ? Optional.of(type.toString()) : Optional.empty(),
        binding.source(),
        binding.wireName(),
        binding.defaultValue(),
        binding.withoutValue(),
        Origin.of(parameter));
  }
}
