package dev.envelopes.processor.dialect;

import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.read.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * What a web framework's annotations and types mean, as far as Envelopes cares: which methods serve
 * requests and how, where each parameter's value comes from, which returns the framework completes
 * or answers itself, and which of its exceptions the error mapping must answer. The readers ask a
 * dialect and name no framework; the framework's binding under {@code write/} renders what they
 * read. Every qualified name is a string: the processor reads the user's classpath and does not
 * depend on the framework.
 */
public interface Dialect {

  /** The words the framework's users know its parts by, which messages quote. */
  FrameworkWords words();

  /**
   * A type that is on the compile classpath exactly when the framework API that the generated glue
   * uses is.
   */
  String apiMarkerType();

  /**
   * A type that is on the compile classpath exactly when the framework writes JSON with Jackson 3
   * where both Jacksons are there (Spring Framework 7's Jackson 3 message converter); empty for a
   * framework that then writes with Jackson 2, as the Jakarta REST runtimes' providers do.
   */
  Optional<String> jackson3WriterType();

  /**
   * Whether {@code annotation} is one of the framework's. A method that carries none, on itself or
   * its parameters, takes those of the method it overrides, as the framework reads it.
   */
  boolean isFrameworkAnnotation(AnnotationMirror annotation);

  /**
   * Whether {@code type} is written for this framework: it or a supertype, a method of one or a
   * parameter of such a method carries one of the framework's annotations. The processor chooses
   * the dialect by what the user's sources use, never by what is on the classpath.
   */
  default boolean isUsedBy(TypeElement type) {
    List<Element> annotated = new ArrayList<>();
    for (TypeElement supertype : Hierarchy.withSupertypes(type)) {
      annotated.add(supertype);
      for (ExecutableElement method : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        annotated.add(method);
        annotated.addAll(method.getParameters());
      }
    }
    return annotated.stream()
        .flatMap(element -> element.getAnnotationMirrors().stream())
        .anyMatch(this::isFrameworkAnnotation);
  }

  /**
   * The HTTP methods {@code method} answers ({@code GET}, {@code POST}, ...), from its own
   * annotations: one for a resource method, none for a sub-resource locator or a plain method, and
   * each of them where the framework maps one method to several.
   */
  List<String> httpMethodsOf(ExecutableElement method);

  /**
   * Whether the framework writes what {@code declaration}, a resource method of {@code resource},
   * returns as the response body, rather than rendering it through a view.
   */
  boolean writesReturnAsBody(TypeElement resource, ExecutableElement declaration);

  /**
   * The path template that {@code element}, a class or a method, declares itself, if it declares
   * one; empty text for a value javac could not attribute, which it reports itself.
   */
  Optional<String> pathOf(Element element);

  /**
   * Whether {@code method} is a sub-resource locator: it answers no HTTP method itself, and the
   * object it returns serves the rest of the request.
   */
  boolean isSubResourceLocator(ExecutableElement method);

  /** The media types {@code element}, a method or a class, declares it produces, if it does. */
  Optional<DeclaredMediaTypes> producesOf(Element element);

  /** Where the value of {@code parameter} of a resource method comes from, by its annotations. */
  ParameterBinding bindingOf(VariableElement parameter);

  /**
   * Whether {@code annotation}, on a parameter or field, binds it to one named part of the request:
   * a query, path, header, cookie, path segment or form parameter.
   */
  boolean bindsNamedRequestValue(AnnotationMirror annotation);

  /**
   * The types whose result the framework waits for before it answers: a method that returns one of
   * them with a type argument answers the client what that argument is. By default the JDK's
   * {@code CompletionStage} and {@code CompletableFuture}, which every framework so far completes.
   */
  default List<String> completedTypes() {
    return List.of(
        "java.util.concurrent.CompletionStage", "java.util.concurrent.CompletableFuture");
  }

  /**
   * The framework's own responses that carry a body of a declared type, their first type argument:
   * a method that returns one answers the client that body, enveloped as if it returned it, with
   * the response's status and headers.
   */
  List<String> typedResponseTypes();

  /**
   * The types that, with their subtypes, an envelope cannot wrap: the framework's own response,
   * which is already an answer, and results it completes only in a way it owns.
   */
  List<String> unwrappableTypes();

  /**
   * The framework's own exceptions that the error mapping answers in the API's style, ahead of the
   * framework's own answer; those absent from the classpath are skipped.
   */
  List<String> frameworkExceptions();
}
