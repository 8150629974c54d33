package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.MediaTypes;
import dev.envelopes.processor.model.OptOut;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.VendorOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one resource class, and the methods of it that are enveloped, into a {@link ResourceModel}.
 * It records what it finds, right or wrong; judging is the validator's job.
 */
final class ResourceReader {

  private final Annotations annotations;
  private final ReturnShapeReader returnShapes;
  private final Types types;
  private final Elements elements;

  ResourceReader(Elements elements, Types types) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.returnShapes = new ReturnShapeReader(elements, types);
    this.types = types;
  }

  /**
   * Reads {@code type}, which is enveloped as a whole or has enveloped methods, once neither {@link
   * #unresolvedTypeIn} nor {@link #annotationValuesResolvedIn} makes it wait for a later round.
   */
  ResourceModel read(TypeElement type) {
    return read(type, Optional.empty());
  }

  /**
   * Reads {@code type} as a sub-resource that an enveloped locator returns, which envelopes every
   * resource method of it: in its own style where it chooses one, else in {@code located}, the
   * style of the locator.
   */
  ResourceModel readSubResource(TypeElement type, Style located) {
    return read(type, Optional.of(located));
  }

  private ResourceModel read(TypeElement type, Optional<Style> located) {
    Optional<AnnotationMirror> enveloped = Annotations.find(type, KnownTypes.ENVELOPED);
    List<EndpointModel> endpoints = new ArrayList<>();
    PayloadJsonReader payloads = new PayloadJsonReader(types);
    for (ResourceMethods.Member method : envelopedMethodsOf(type, located.isPresent())) {
      endpoints.add(readEndpoint(type, method, located, payloads));
    }
    List<LocatorModel> locators = new ArrayList<>();
    for (ResourceMethods.Member locator : envelopedLocatorsOf(type, located.isPresent())) {
      Optional<TypeElement> subResource = subResourceOf(type, locator);
      Style style = styleOfLocator(type, locator, located);
      locators.add(
          new LocatorModel(
              locator.implementation().getSimpleName().toString(),
              TypeName.get(returnTypeOf(type, locator)),
              subResource.map(ClassName::get),
              subResource.map(returned -> StyleReader.styleOf(returned, style)).orElse(style),
              originOf(locator)));
    }
    Origin origin = enveloped.map(a -> Origin.of(type, a)).orElse(Origin.of(type));
    return new ResourceModel(
        ClassName.get(type),
        kindOf(type),
        pathOf(type),
        located.map(style -> StyleReader.styleOf(type, style)).orElseGet(() -> StyleReader.styleOf(type)),
        located.isPresent(),
        enveloped.isPresent(),
        List.copyOf(endpoints),
        List.copyOf(locators),
        payloads.result(),
        optOutsOf(type),
        origin);
  }

  /**
   * The template of the {@code @Path} on {@code element}, if it carries one; empty text for a value
   * javac could not attribute, which it reports itself.
   */
  private Optional<String> pathOf(Element element) {
    return Annotations.find(element, KnownTypes.PATH)
        .map(
            path ->
                annotations.value(path, "value").getValue() instanceof String template
                    ? template
                    : "");
  }

  /**
   * The methods of {@code type} and its superclasses that carry {@code @Unenveloped}, the class's
   * own first; a method that the class overrides counts as the class's.
   */
  private List<OptOut> optOutsOf(TypeElement type) {
    List<OptOut> optOuts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TypeElement declaring : Hierarchy.classesUpTo(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        Optional<AnnotationMirror> unenveloped = Annotations.find(method, KnownTypes.UNENVELOPED);
        if (unenveloped.isPresent() && names.add(method.getSimpleName().toString())) {
          optOuts.add(
              new OptOut(
                  method.getSimpleName().toString(),
                  Annotations.find(method, KnownTypes.ENVELOPED).isPresent(),
                  pagingOf(method),
                  Origin.of(method, unenveloped.get())));
        }
      }
    }
    return List.copyOf(optOuts);
  }

  /**
   * The class whose resource methods serve what {@code locator} of {@code resource} returns: its
   * declared return type, when that is a class or interface of the user's with resource methods or
   * locators of its own, rather than {@code Object}, {@code Class} or a type variable.
   */
  Optional<TypeElement> subResourceOf(TypeElement resource, ResourceMethods.Member locator) {
    if (!(returnTypeOf(resource, locator) instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement returned = (TypeElement) declared.asElement();
    boolean readable =
        (returned.getKind() == ElementKind.CLASS || returned.getKind() == ElementKind.INTERFACE)
            && !returned.getQualifiedName().toString().startsWith("java.")
            && ResourceMethods.of(returned, elements).stream()
                .anyMatch(member -> member.httpMethod().isPresent() || member.isLocator());
    return readable ? Optional.of(returned) : Optional.empty();
  }

  /** The style {@code locator} of {@code resource} answers in, as if it were a resource method. */
  Style styleOfLocator(TypeElement resource, ResourceMethods.Member locator, Optional<Style> located) {
    Element annotated = locator.envelopesAnnotated();
    return located
        .map(style -> StyleReader.styleOf(annotated, resource, style))
        .orElseGet(() -> StyleReader.styleOf(annotated, resource));
  }

  private TypeMirror returnTypeOf(TypeElement resource, ResourceMethods.Member method) {
    return memberType(resource, method).getReturnType();
  }

  /**
   * The type of {@code method} as a member of {@code resource}: a type variable of a superclass or
   * interface is resolved, such as the T of get() in a class that extends CrudResource<Book>.
   */
  private ExecutableType memberType(TypeElement resource, ResourceMethods.Member method) {
    return (ExecutableType)
        types.asMemberOf((DeclaredType) resource.asType(), method.implementation());
  }

  /**
   * Where an enveloped method of {@code type} mentions a type that does not exist yet, which
   * another processor may still generate: the parameter of that type, or else the method, whose
   * return type or thrown exceptions mention it. Empty when every such type exists.
   */
  Optional<Element> unresolvedTypeIn(TypeElement type, boolean located) {
    for (ResourceMethods.Member member : envelopedMethodsOf(type, located)) {
      ExecutableElement method = member.implementation();
      for (VariableElement parameter : method.getParameters()) {
        if (!TypeResolution.isResolved(parameter.asType())) {
          return Optional.of(parameter);
        }
      }
      if (!TypeResolution.isResolved(method.getReturnType())
          || !method.getThrownTypes().stream().allMatch(TypeResolution::isResolved)) {
        return Optional.of(method);
      }
    }
    for (ResourceMethods.Member locator : envelopedLocatorsOf(type, located)) {
      if (!TypeResolution.isResolved(locator.implementation().getReturnType())) {
        return Optional.of(locator.implementation());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether javac could attribute every annotation value on the enveloped methods of {@code type}
   * and on their parameters; one that names a constant which does not exist yet waits for a later
   * round like a type does.
   */
  boolean annotationValuesResolvedIn(TypeElement type, boolean located) {
    for (ResourceMethods.Member member : envelopedMethodsOf(type, located)) {
      for (ExecutableElement method : List.of(member.implementation(), member.declaration())) {
        List<Element> annotated = new ArrayList<>(method.getParameters());
        annotated.add(method);
        for (Element element : annotated) {
          if (!element.getAnnotationMirrors().stream().allMatch(Annotations::isResolved)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * The methods of {@code type} that are enveloped: every resource method when the class is, or
   * when an enveloped locator returns it ({@code located}), and otherwise those that carry {@code
   * @Enveloped} themselves, but never one that opts out with {@code @Unenveloped}. Resource methods a superclass or an interface declares count too, as
   * Jakarta REST serves them (see {@link ResourceMethods}); the class's own come first.
   */
  List<ResourceMethods.Member> envelopedMethodsOf(TypeElement type, boolean located) {
    boolean classEnveloped = located || Annotations.find(type, KnownTypes.ENVELOPED).isPresent();
    List<ResourceMethods.Member> methods = new ArrayList<>();
    for (ResourceMethods.Member member : ResourceMethods.of(type, elements)) {
      if (member.isLocator()) {
        continue;
      }
      boolean optedOut =
          Annotations.find(member.envelopesAnnotated(), KnownTypes.UNENVELOPED).isPresent();
      if (((classEnveloped && member.httpMethod().isPresent()) || member.isEnveloped())
          && !optedOut) {
        methods.add(member);
      }
    }
    return methods;
  }

  /**
   * The sub-resource locators of {@code type} that are enveloped: all of them when the class is, or
   * when an enveloped locator returns it, and otherwise those that carry {@code @Enveloped}; never
   * one that opts out with {@code @Unenveloped}.
   */
  List<ResourceMethods.Member> envelopedLocatorsOf(TypeElement type, boolean located) {
    boolean classEnveloped = located || Annotations.find(type, KnownTypes.ENVELOPED).isPresent();
    return ResourceMethods.of(type, elements).stream()
        .filter(ResourceMethods.Member::isLocator)
        .filter(member -> classEnveloped || member.isEnveloped())
        .filter(
            member ->
                Annotations.find(member.envelopesAnnotated(), KnownTypes.UNENVELOPED).isEmpty())
        .toList();
  }

  /** The HTTP method of a resource method: the value of its {@code @HttpMethod} meta-annotation. */
  static Optional<String> httpMethodOf(ExecutableElement method) {
    return Annotations.findMeta(method, KnownTypes.HTTP_METHOD)
        .flatMap(
            designator ->
                Annotations.find(
                    designator.getAnnotationType().asElement(), KnownTypes.HTTP_METHOD))
        .map(httpMethod -> httpMethod.getElementValues().values().iterator().next())
        .map(value -> (String) value.getValue());
  }

  private EndpointModel readEndpoint(
      TypeElement resource,
      ResourceMethods.Member member,
      Optional<Style> located,
      PayloadJsonReader payloads) {
    ExecutableElement method = member.implementation();
    ExecutableElement annotated = member.envelopesAnnotated();
    ExecutableType memberType = memberType(resource, member);
    TypeMirror declaredReturnType = memberType.getReturnType();
    // What the client gets: the result of a CompletionStage, as Jakarta REST answers it.
    TypeMirror returnType = returnShapes.resultOf(declaredReturnType);
    payloadOf(returnType).ifPresent(payloads::add);
    Optional<PagingModel> paging = pagingOf(annotated);
    List<ParameterModel> parameters = new ArrayList<>();
    List<? extends VariableElement> declared = member.declaration().getParameters();
    for (int i = 0; i < declared.size(); i++) {
      parameters.add(readParameter(declared.get(i), memberType.getParameterTypes().get(i)));
    }
    return new EndpointModel(
        method.getSimpleName().toString(),
        member.httpMethod(),
        pathOf(member.declaration()),
        new EndpointModel.Access(
            method.getModifiers().contains(Modifier.PUBLIC),
            method.getModifiers().contains(Modifier.STATIC),
            method.getModifiers().contains(Modifier.ABSTRACT),
            !method.getTypeParameters().isEmpty()),
        List.copyOf(parameters),
        TypeName.get(declaredReturnType),
        returnShapeOf(returnType),
        // The envelope is generated next to the resource, so it names the payload from there.
        Reaches.firstHidden(
            returnType, elements.getPackageOf(resource).getQualifiedName().toString(), elements),
        paging,
        located
            .map(style -> StyleReader.styleOf(annotated, resource, style))
            .orElseGet(() -> StyleReader.styleOf(annotated, resource)),
        vendorOptions(annotated, returnType, payloads),
        producesOf(member.declaration(), resource),
        located.isPresent() || Annotations.find(resource, KnownTypes.ENVELOPED).isPresent(),
        originOf(member));
  }

  private Optional<PagingModel> pagingOf(ExecutableElement method) {
    return Annotations.find(method, KnownTypes.PAGINATED)
        .map(
            annotation ->
                new PagingModel(
                    annotations.intValue(annotation, "maxLimit"),
                    annotations.longValue(annotation, "maxOffset"),
                    Origin.of(method, annotation)));
  }

  /** The media types of the method's {@code @Produces}, or else of its class's. */
  private Optional<MediaTypes> producesOf(ExecutableElement method, TypeElement resource) {
    boolean onClass = false;
    Element declaring = method;
    Optional<AnnotationMirror> produces = Annotations.find(method, KnownTypes.PRODUCES);
    if (produces.isEmpty()) {
      onClass = true;
      declaring = resource;
      produces = Annotations.find(resource, KnownTypes.PRODUCES);
    }
    if (produces.isEmpty()) {
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    for (String entry : annotations.stringsValue(produces.get(), "value")) {
      // One entry may list several types, as in "text/plain, application/json".
      for (String type : entry.split(",")) {
        types.add(type.trim());
      }
    }
    return Optional.of(
        new MediaTypes(
            List.copyOf(types), onClass, Origin.of(declaring, produces.get()).valueNamed("value")));
  }

  /** Where a method's errors go: its {@code @Enveloped} when it has one, else the method. */
  private static Origin originOf(ResourceMethods.Member member) {
    ExecutableElement annotated = member.envelopesAnnotated();
    return Annotations.find(annotated, KnownTypes.ENVELOPED)
        .map(a -> Origin.of(annotated, a))
        .orElse(Origin.of(member.implementation()));
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

  /** Reads {@code parameter}, of {@code type} in the resource class, from its annotations. */
  private ParameterModel readParameter(VariableElement parameter, TypeMirror type) {
    Optional<String> defaultValue =
        Annotations.find(parameter, KnownTypes.DEFAULT_VALUE)
            .map(annotation -> annotations.stringValue(annotation, "value"));
    ParameterModel.Source source = ParameterModel.Source.ENTITY;
    String wireName = ParameterModel.BODY;
    for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (KnownTypes.NAMED_PARAMETERS.containsKey(name)) {
        source = KnownTypes.NAMED_PARAMETERS.get(name);
        wireName = annotations.stringValue(annotation, "value");
      } else if (name.equals(KnownTypes.CONTEXT)) {
        source = ParameterModel.Source.CONTEXT;
        wireName = "";
      } else if (name.equals(KnownTypes.SUSPENDED)) {
        source = ParameterModel.Source.SUSPENDED;
        wireName = "";
      } else if (name.equals(KnownTypes.BEAN_PARAM)) {
        source = ParameterModel.Source.BEAN;
        wireName = "";
      }
    }
    return new ParameterModel(
        parameter.getSimpleName().toString(),
        TypeName.get(types.erasure(type)),
        type.getKind().isPrimitive() ? Optional.of(type.toString()) : Optional.empty(),
        source,
        wireName,
        defaultValue,
        Origin.of(parameter));
  }

  private static ResourceModel.TypeKind kindOf(Element type) {
    ElementKind kind = type.getKind();
    if (kind == ElementKind.INTERFACE) {
      return ResourceModel.TypeKind.INTERFACE;
    } else if (kind == ElementKind.ENUM) {
      return ResourceModel.TypeKind.ENUM;
    } else if (kind == ElementKind.ANNOTATION_TYPE) {
      return ResourceModel.TypeKind.ANNOTATION;
    } else if (kind == ElementKind.RECORD) {
      return ResourceModel.TypeKind.RECORD;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return ResourceModel.TypeKind.ABSTRACT_CLASS;
    }
    if (type.getEnclosingElement() instanceof TypeElement
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return ResourceModel.TypeKind.INNER_CLASS;
    }
    return ResourceModel.TypeKind.CLASS;
  }
}
