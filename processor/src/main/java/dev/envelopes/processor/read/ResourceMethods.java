package dev.envelopes.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The methods Jakarta REST sees on a resource class, following the specification's annotation
 * inheritance: a method without Jakarta REST annotations of its own (on it or its parameters)
 * takes those of the method it overrides, in a superclass first and then in an implemented
 * interface. A class's own method hides an inherited one of the same name.
 */
final class ResourceMethods {

  /**
   * One method as Jakarta REST sees it.
   *
   * @param implementation the method that runs, declared by the class or inherited by it
   * @param declaration the method whose Jakarta REST annotations apply to it: the implementation
   *     itself, or the method of a superclass or interface it overrides
   */
  record Member(ExecutableElement implementation, ExecutableElement declaration) {

    /**
     * Where Envelopes' own annotations are read: on the implementation when it carries any, else
     * on the declaration, so that they may sit beside the Jakarta REST annotations or not.
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

    /** The HTTP method it answers, empty for a sub-resource locator or a plain method. */
    Optional<String> httpMethod() {
      return ResourceReader.httpMethodOf(declaration);
    }

    /** Whether it is a sub-resource locator: a {@code @Path} without an HTTP method. */
    boolean isLocator() {
      return httpMethod().isEmpty() && Annotations.find(declaration, KnownTypes.PATH).isPresent();
    }
  }

  private ResourceMethods() {}

  /** The methods of {@code type}, its own first, then those of its superclasses and interfaces. */
  static List<Member> of(TypeElement type, Elements elements) {
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
        members.add(new Member(method, declarationOf(method, type, supertypes, elements)));
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
      ExecutableElement method, TypeElement type, List<TypeElement> supertypes, Elements elements) {
    if (hasJakartaRestAnnotations(method)) {
      return method;
    }
    for (TypeElement supertype : supertypes) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate != method
            && hasJakartaRestAnnotations(candidate)
            && elements.overrides(method, candidate, type)) {
          return candidate;
        }
      }
    }
    return method;
  }

  private static boolean hasJakartaRestAnnotations(ExecutableElement method) {
    if (carriesJakartaRest(method.getAnnotationMirrors())) {
      return true;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (carriesJakartaRest(parameter.getAnnotationMirrors())) {
        return true;
      }
    }
    return false;
  }

  private static boolean carriesJakartaRest(List<? extends AnnotationMirror> annotations) {
    return annotations.stream()
        .map(Annotations::nameOf)
        .anyMatch(name -> name.startsWith("jakarta.ws.rs."));
  }
}
