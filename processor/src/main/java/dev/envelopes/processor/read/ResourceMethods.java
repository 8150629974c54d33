package dev.envelopes.processor.read;

import dev.envelopes.Style;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.Origin;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The methods the framework sees on a resource class, following annotation inheritance as Jakarta
 * REST specifies it: a method without framework annotations of its own (on it or its parameters)
 * takes those of the method it overrides, in a superclass first and then in an implemented
 * interface. A class's own method hides an inherited one of the same name.
 */
final class ResourceMethods {

  /**
   * One method as the framework sees it.
   *
   * @param implementation the method that runs, declared by the class or inherited by it
   * @param declaration the method whose framework annotations apply to it: the implementation
   *     itself, or the method of a superclass or interface it overrides
   * @param httpMethods the HTTP methods it answers: none for a sub-resource locator or a plain
   *     method, one for most resource methods
   * @param isLocator whether it is a sub-resource locator
   */
  record Member(
      ExecutableElement implementation,
      ExecutableElement declaration,
      List<String> httpMethods,
      boolean isLocator) {

    /** Whether it answers requests itself: it is a resource method, maybe of several methods. */
    boolean answersRequests() {
      return !httpMethods.isEmpty();
    }

    /**
     * Where Envelopes' own annotations are read: on the implementation when it carries any, else
     * on the declaration, so that they may sit beside the framework's annotations or not.
     */
    ExecutableElement envelopesAnnotated() {
      boolean own =
          implementation.getAnnotationMirrors().stream()
              .anyMatch(annotation -> Annotations.nameOf(annotation).startsWith("dev.envelopes."));
      return own ? implementation : declaration;
    }

    /** Whether it carries {@code @Enveloped} itself. */
    boolean isEnveloped() {
      return Annotations.find(envelopesAnnotated(), KnownTypes.ENVELOPED).isPresent();
    }

    /** Where its errors go: its {@code @Enveloped} when it has one, else the method. */
    Origin origin() {
      ExecutableElement annotated = envelopesAnnotated();
      return Annotations.find(annotated, KnownTypes.ENVELOPED)
          .map(enveloped -> Origin.of(annotated, enveloped))
          .orElse(Origin.of(implementation));
    }

    /**
     * The style it answers in as a method of {@code resource}; {@code located} is the style of the
     * locator that returns {@code resource}, when one does.
     */
    Style style(TypeElement resource, Optional<Style> located) {
      ExecutableElement annotated = envelopesAnnotated();
      return located
          .map(style -> StyleReader.styleOf(annotated, resource, style))
          .orElseGet(() -> StyleReader.styleOf(annotated, resource));
    }
  }

  private ResourceMethods() {}

  /** The methods of {@code type}, its own first, then those of its superclasses and interfaces. */
  static List<Member> of(TypeElement type, Elements elements, Dialect dialect) {
    List<TypeElement> supertypes = supertypesOf(type);
    List<Member> members = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (TypeElement declaring : supertypes) {
      Set<String> declaredHere = new HashSet<>();
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        String name = method.getSimpleName().toString();
        boolean interfaceStatic =
            declaring.getKind().isInterface() && method.getModifiers().contains(Modifier.STATIC);
        if (names.contains(name) || interfaceStatic) {
          continue;
        }
        ExecutableElement declaration =
            declarationOf(method, type, supertypes, elements, dialect);
        members.add(
            new Member(
                method,
                declaration,
                dialect.httpMethodsOf(declaration),
                dialect.isSubResourceLocator(declaration)));
        declaredHere.add(name);
      }
      names.addAll(declaredHere);
    }
    return members;
  }

  /**
   * {@code type}, its superclasses nearest first, then the interfaces they implement, each once;
   * superclasses come before interfaces because their annotations take precedence.
   */
  static List<TypeElement> supertypesOf(TypeElement type) {
    List<TypeElement> classes = Hierarchy.classesUpTo(type);
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    Deque<TypeMirror> pending = new ArrayDeque<>();
    classes.forEach(declaring -> pending.addAll(declaring.getInterfaces()));
    while (!pending.isEmpty()) {
      if (pending.removeFirst() instanceof DeclaredType declared
          && interfaces.add((TypeElement) declared.asElement())) {
        pending.addAll(((TypeElement) declared.asElement()).getInterfaces());
      }
    }
    List<TypeElement> all = new ArrayList<>(classes);
    interfaces.stream().filter(i -> !classes.contains(i)).forEach(all::add);
    return all;
  }

  private static ExecutableElement declarationOf(
      ExecutableElement method,
      TypeElement type,
      List<TypeElement> supertypes,
      Elements elements,
      Dialect dialect) {
    if (hasFrameworkAnnotations(method, dialect)) {
      return method;
    }
    for (TypeElement supertype : supertypes) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate != method
            && hasFrameworkAnnotations(candidate, dialect)
            && elements.overrides(method, candidate, type)) {
          return candidate;
        }
      }
    }
    return method;
  }

  private static boolean hasFrameworkAnnotations(ExecutableElement method, Dialect dialect) {
    List<Element> annotated = new ArrayList<>(method.getParameters());
    annotated.add(method);
    return annotated.stream()
        .flatMap(element -> element.getAnnotationMirrors().stream())
        .anyMatch(dialect::isFrameworkAnnotation);
  }
}
