package dev.envelopes.processor.read;

import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds where the framework would hand code a {@code Cursor} that nothing checked: a parameter or
 * field bound to a named value of the request (a query, path or header parameter, ...) whose type
 * is or holds {@code Cursor}, anywhere but among the parameters of an enveloped method, whose
 * checks the resource validation makes. {@code Cursor.valueOf} reads any text of the right shape,
 * so only the generated filter's signature check makes a cursor trustworthy.
 */
public final class UncheckedCursors {

  private UncheckedCursors() {}

  /**
   * The unchecked cursors among the sources of {@code round}, ordered by where they are, as the
   * framework of {@code dialect} binds them. They are found by walking the round's types rather
   * than by asking javac for the binding annotations, so that Envelopes supports, and claims, no
   * annotation of the framework's.
   */
  public static List<Origin> find(RoundEnvironment round, Dialect dialect) {
    List<Origin> found = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      collect(type, dialect, found);
    }
    found.sort(
        Comparator.comparing((Origin origin) -> origin.element().getEnclosingElement().toString())
            .thenComparing(origin -> origin.element().getSimpleName().toString()));
    return found;
  }

  private static void collect(TypeElement type, Dialect dialect, List<Origin> found) {
    List<Element> bound = new ArrayList<>(ElementFilter.fieldsIn(type.getEnclosedElements()));
    for (ExecutableElement executable :
        ElementFilter.methodsIn(type.getEnclosedElements())) {
      bound.addAll(executable.getParameters());
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(type.getEnclosedElements())) {
      bound.addAll(constructor.getParameters());
    }
    for (Element element : bound) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (dialect.bindsNamedRequestValue(mirror)
            && holdsCursor(element.asType())
            && !checkedByEnvelopes(element)) {
          found.add(Origin.of(element, mirror));
        }
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collect(nested, dialect, found);
    }
  }

  /** Whether {@code type} is {@code Cursor}, or a container of it such as {@code List<Cursor>}. */
  private static boolean holdsCursor(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(KnownTypes.CURSOR)) {
      return true;
    }
    return declared.getTypeArguments().stream().anyMatch(UncheckedCursors::holdsCursor);
  }

  /**
   * Whether {@code element} is a parameter of an enveloped method, which validation checks; not of
   * one that opts out with {@code @Unenveloped}.
   */
  private static boolean checkedByEnvelopes(Element element) {
    if (element.getKind() != ElementKind.PARAMETER) {
      return false;
    }
    Element method = element.getEnclosingElement();
    Element declaring = method.getEnclosingElement();
    // A method of an abstract class or an interface is served, and its cursor checked, by the
    // concrete @Enveloped resource that inherits it.
    boolean inherited =
        declaring.getKind().isInterface() || declaring.getModifiers().contains(Modifier.ABSTRACT);
    return method.getKind() == ElementKind.METHOD
        // An opted-out method gets no paging checks, so its cursor is as unchecked as any other.
        && Annotations.find(method, KnownTypes.UNENVELOPED).isEmpty()
        && (inherited
            || Annotations.find(method, KnownTypes.ENVELOPED).isPresent()
            || Annotations.find(method.getEnclosingElement(), KnownTypes.ENVELOPED).isPresent());
  }

  /**
   * How the element of {@code origin} is bound, as in source: {@code @QueryParam("cursor")}; the
   * name is its annotation's {@code value}, or else its {@code name}, as Spring's alias of it.
   */
  public static String binding(Origin origin) {
    AnnotationMirror mirror = origin.annotation();
    String value =
        mirror.getElementValues().entrySet().stream()
            .filter(
                entry ->
                    entry.getKey().getSimpleName().contentEquals("value")
                        || entry.getKey().getSimpleName().contentEquals("name"))
            .map(entry -> String.valueOf(entry.getValue().getValue()))
            .filter(name -> !name.isEmpty())
            .findFirst()
            .orElse("");
    return "@" + mirror.getAnnotationType().asElement().getSimpleName() + "(\"" + value + "\")";
  }

  /** Where the element of {@code origin} is: {@code Resource.method} or {@code Resource.field}. */
  public static String owner(Origin origin) {
    Element element = origin.element();
    Element enclosing = element.getEnclosingElement();
    if (element.getKind() == ElementKind.PARAMETER) {
      return enclosing.getEnclosingElement().getSimpleName() + "." + enclosing.getSimpleName();
    }
    return enclosing.getSimpleName() + "." + element.getSimpleName();
  }

}
