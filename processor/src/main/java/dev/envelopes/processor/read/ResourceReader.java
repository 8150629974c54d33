package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.EndpointModel;
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
    Optional<AnnotationMirror> enveloped = Annotations.find(type, KnownTypes.ENVELOPED);
    List<ExecutableElement> methods = envelopedMethodsOf(type);
    List<EndpointModel> endpoints = new ArrayList<>();
    PayloadJsonReader payloads = new PayloadJsonReader(types);
    for (ExecutableElement method : methods) {
      endpoints.add(readEndpoint(type, method, payloads));
    }
    Origin origin = enveloped.map(a -> Origin.of(type, a)).orElse(Origin.of(type));
    return new ResourceModel(
        ClassName.get(type),
        kindOf(type),
        Annotations.find(type, KnownTypes.PATH).isPresent(),
        enveloped.isPresent(),
        List.copyOf(endpoints),
        payloads.result(),
        origin);
  }

  /**
   * Where an enveloped method of {@code type} mentions a type that does not exist yet, which
   * another processor may still generate: the parameter of that type, or else the method, whose
   * return type or thrown exceptions mention it. Empty when every such type exists.
   */
  static Optional<Element> unresolvedTypeIn(TypeElement type) {
    for (ExecutableElement method : envelopedMethodsOf(type)) {
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
    return Optional.empty();
  }

  /**
   * Whether javac could attribute every annotation value on the enveloped methods of {@code type}
   * and on their parameters; one that names a constant which does not exist yet waits for a later
   * round like a type does.
   */
  static boolean annotationValuesResolvedIn(TypeElement type) {
    for (ExecutableElement method : envelopedMethodsOf(type)) {
      List<Element> annotated = new ArrayList<>(method.getParameters());
      annotated.add(method);
      for (Element element : annotated) {
        if (!element.getAnnotationMirrors().stream().allMatch(Annotations::isResolved)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The methods of {@code type} that are enveloped: every resource method when the class is, and
   * otherwise those that carry {@code @Enveloped} themselves. Resource methods a superclass
   * declares count too, as Jakarta REST serves them, unless the class declares its own of the same
   * name; the class's own come first.
   */
  static List<ExecutableElement> envelopedMethodsOf(TypeElement type) {
    boolean classEnveloped = Annotations.find(type, KnownTypes.ENVELOPED).isPresent();
    List<ExecutableElement> methods = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TypeElement declaring : Hierarchy.classesUpTo(type)) {
      List<ExecutableElement> declared = ElementFilter.methodsIn(declaring.getEnclosedElements());
      Set<String> declaredHere = new HashSet<>();
      for (ExecutableElement method : declared) {
        if (names.contains(method.getSimpleName().toString())) {
          continue;
        }
        if ((classEnveloped && httpMethodOf(method).isPresent())
            || Annotations.find(method, KnownTypes.ENVELOPED).isPresent()) {
          methods.add(method);
        }
        declaredHere.add(method.getSimpleName().toString());
      }
      names.addAll(declaredHere);
    }
    return methods;
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
      TypeElement resource, ExecutableElement method, PayloadJsonReader payloads) {
    // As a member of the resource class: a type variable of a superclass is resolved, such as the
    // T of get() in a class that extends CrudResource<Book>.
    TypeMirror returnType =
        ((ExecutableType) types.asMemberOf((DeclaredType) resource.asType(), method))
            .getReturnType();
    payloadOf(returnType).ifPresent(payloads::add);
    Optional<PagingModel> paging =
        Annotations.find(method, KnownTypes.PAGINATED)
            .map(
                annotation ->
                    new PagingModel(
                        annotations.intValue(annotation, "maxLimit"),
                        annotations.longValue(annotation, "maxOffset"),
                        Origin.of(method, annotation)));
    Optional<String> httpMethod = httpMethodOf(method);
    List<ParameterModel> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(readParameter(parameter));
    }
    Origin origin =
        Annotations.find(method, KnownTypes.ENVELOPED)
            .map(a -> Origin.of(method, a))
            .orElse(Origin.of(method));
    return new EndpointModel(
        method.getSimpleName().toString(),
        httpMethod,
        new EndpointModel.Access(
            method.getModifiers().contains(Modifier.PUBLIC),
            method.getModifiers().contains(Modifier.STATIC),
            method.getModifiers().contains(Modifier.ABSTRACT),
            !method.getTypeParameters().isEmpty()),
        List.copyOf(parameters),
        TypeName.get(returnType),
        returnShapeOf(returnType),
        // The envelope is generated next to the resource, so it names the payload from there.
        Reaches.firstHidden(
            returnType, elements.getPackageOf(resource).getQualifiedName().toString(), elements),
        paging,
        StyleReader.styleOf(method, resource),
        vendorOptions(method, payloads),
        origin);
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

  private VendorOptions vendorOptions(ExecutableElement method, PayloadJsonReader payloads) {
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
        Annotations.isType(method.getReturnType(), KnownTypes.RELATED));
  }

  private ParameterModel readParameter(VariableElement parameter) {
    TypeMirror type = parameter.asType();
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
