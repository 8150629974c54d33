package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.OptOut;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ResourceModel;
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
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one resource class, and the methods of it that are enveloped, into a {@link ResourceModel}.
 * It records what it finds, right or wrong; judging is the validator's job.
 */
final class ResourceReader {

  private final Elements elements;
  private final Dialect dialect;
  private final EndpointReader endpointReader;

  ResourceReader(Elements elements, Types types, Dialect dialect) {
    this.elements = elements;
    this.dialect = dialect;
    this.endpointReader = new EndpointReader(elements, types, dialect);
  }

  /**
   * The enveloped methods and sub-resource locators of a type, as {@link #envelopedMembersOf} finds
   * them: found once per type and handed to every question asked of it, since finding them asks the
   * framework's annotations of every method of the class and its supertypes.
   *
   * @param methods the enveloped resource methods, the class's own first
   * @param locators the enveloped sub-resource locators
   */
  record EnvelopedMembers(
      List<ResourceMethods.Member> methods, List<ResourceMethods.Member> locators) {

    /** Both, methods first. */
    List<ResourceMethods.Member> all() {
      List<ResourceMethods.Member> all = new ArrayList<>(methods);
      all.addAll(locators);
      return all;
    }
  }

  /**
   * Reads {@code type}, which is enveloped as a whole or has enveloped methods, its {@code
   * members}, once neither {@link #unresolvedTypeIn} nor {@link #annotationValuesResolvedIn} makes
   * it wait for a later round.
   */
  ResourceModel read(TypeElement type, EnvelopedMembers members) {
    return read(type, Optional.empty(), members);
  }

  /**
   * Reads {@code type} as a sub-resource that an enveloped locator returns, which envelopes every
   * resource method of it: in its own style where it chooses one, else in {@code located}, the
   * style of the locator.
   */
  ResourceModel readSubResource(TypeElement type, Style located, EnvelopedMembers members) {
    return read(type, Optional.of(located), members);
  }

  private ResourceModel read(TypeElement type, Optional<Style> located, EnvelopedMembers members) {
    Optional<AnnotationMirror> enveloped = Annotations.find(type, KnownTypes.ENVELOPED);
    List<EndpointModel> endpoints = new ArrayList<>();
    PayloadJsonReader payloads = endpointReader.payloadReader();
    for (ResourceMethods.Member method : members.methods()) {
      endpoints.add(endpointReader.read(type, method, located, payloads));
    }
    List<LocatorModel> locators = new ArrayList<>();
    for (ResourceMethods.Member locator : members.locators()) {
      Optional<TypeElement> subResource = subResourceOf(type, locator);
      Style style = locator.style(type, located);
      locators.add(
          new LocatorModel(
              locator.implementation().getSimpleName().toString(),
              dialect.pathOf(locator.declaration()),
              TypeName.get(returnTypeOf(type, locator)),
              subResource.map(ClassName::get),
              subResource.map(returned -> StyleReader.styleOf(returned, style)).orElse(style),
              locator.origin()));
    }
    Origin origin = enveloped.map(a -> Origin.of(type, a)).orElse(Origin.of(type));
    return new ResourceModel(
        ClassName.get(type),
        kindOf(type),
        dialect.pathOf(type),
        located
            .map(style -> StyleReader.styleOf(type, style))
            .orElseGet(() -> StyleReader.styleOf(type)),
        located.isPresent(),
        enveloped.isPresent(),
        List.copyOf(endpoints),
        List.copyOf(locators),
        payloads.result(),
        optOutsOf(type),
        origin);
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
                  dialect.httpMethodsOf(method),
                  dialect.pathOf(method),
                  endpointReader.producesOf(method, type),
                  Annotations.find(method, KnownTypes.ENVELOPED).isPresent(),
                  endpointReader.pagingOf(method),
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
            && ResourceMethods.of(returned, elements, dialect).stream()
                .anyMatch(member -> member.answersRequests() || member.isLocator());
    return readable ? Optional.of(returned) : Optional.empty();
  }

  private TypeMirror returnTypeOf(TypeElement resource, ResourceMethods.Member method) {
    return endpointReader.memberType(resource, method).getReturnType();
  }

  /**
   * Where an enveloped method of a type, one of its {@code members}, mentions a type that does not
   * exist yet, which another processor may still generate: the parameter of that type, or else the
   * method, whose return type or thrown exceptions mention it. Empty when every such type exists.
   */
  Optional<Element> unresolvedTypeIn(EnvelopedMembers members) {
    for (ResourceMethods.Member member : members.methods()) {
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
    for (ResourceMethods.Member locator : members.locators()) {
      if (!TypeResolution.isResolved(locator.implementation().getReturnType())) {
        return Optional.of(locator.implementation());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether javac could attribute every annotation value on the enveloped methods of a type, its
   * {@code members}, and on their parameters; one that names a constant which does not exist yet
   * waits for a later round like a type does.
   */
  boolean annotationValuesResolvedIn(EnvelopedMembers members) {
    for (ResourceMethods.Member member : members.methods()) {
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
   * The members of {@code type} that are enveloped. Its resource methods: every one when the class
   * is, or when an enveloped locator returns it ({@code located}), and otherwise those that carry
   * {@code @Enveloped} themselves; resource methods a superclass or an interface declares count
   * too, as the framework serves them (see {@link ResourceMethods}), the class's own first. Its
   * sub-resource locators: all of them when the class is or {@code located}, and otherwise those
   * that carry {@code @Enveloped}. Never one that opts out with {@code @Unenveloped}.
   */
  EnvelopedMembers envelopedMembersOf(TypeElement type, boolean located) {
    boolean classEnveloped = located || Annotations.find(type, KnownTypes.ENVELOPED).isPresent();
    List<ResourceMethods.Member> methods = new ArrayList<>();
    List<ResourceMethods.Member> locators = new ArrayList<>();
    for (ResourceMethods.Member member : ResourceMethods.of(type, elements, dialect)) {
      boolean enveloped =
          (classEnveloped && (member.isLocator() || member.answersRequests()))
              || member.isEnveloped();
      if (enveloped
          && Annotations.find(member.envelopesAnnotated(), KnownTypes.UNENVELOPED).isEmpty()) {
        (member.isLocator() ? locators : methods).add(member);
      }
    }
    return new EnvelopedMembers(List.copyOf(methods), List.copyOf(locators));
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
