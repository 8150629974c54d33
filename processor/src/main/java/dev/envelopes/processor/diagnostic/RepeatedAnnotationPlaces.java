package dev.envelopes.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.envelopes.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Finds, under javac, the place of an annotation that is written more than once on an element, such
 * as the second of two {@code @ResponseCode}s. javac wraps repeated annotations in a container that
 * has no place in the source, so its {@code Messager} cannot find one of them and points at the
 * element instead (JavacElements.matchAnnoToTree); the source trees still hold each of them, in the
 * container's order. Eclipse's compiler places repeated annotations itself, and has no trees.
 */
final class RepeatedAnnotationPlaces {

  private final Trees trees;

  private RepeatedAnnotationPlaces(Trees trees) {
    this.trees = trees;
  }

  /** The places of javac's trees, when the compiler is javac and lets a processor read them. */
  static Optional<RepeatedAnnotationPlaces> of(ProcessingEnvironment environment) {
    try {
      return Optional.of(new RepeatedAnnotationPlaces(Trees.instance(environment)));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // Eclipse's compiler, or a build tool's wrapper around javac: the Messager's place stands.
      return Optional.empty();
    }
  }

  /**
   * Reports {@code message} on the repeated annotation of {@code origin}, or on its value, when the
   * annotation is one that javac wrapped in a container; otherwise reports nothing.
   *
   * @return whether it reported
   */
  boolean report(Kind kind, String message, Origin origin) {
    if (origin.annotation() == null
        || origin.element().getAnnotationMirrors().contains(origin.annotation())) {
      return false; // Written once: the Messager finds it.
    }
    TreePath element = trees.getPath(origin.element());
    Optional<Tree> place =
        element == null
            ? Optional.empty()
            : repeatedTree(element, origin.element(), origin.annotation())
                .map(annotation -> valueTree(annotation, origin));
    place.ifPresent(tree -> trees.printMessage(kind, message, tree, element.getCompilationUnit()));
    return place.isPresent();
  }

  /** The tree of {@code annotation}, one of the repeated annotations javac put in a container. */
  private Optional<AnnotationTree> repeatedTree(
      TreePath path, Element element, AnnotationMirror annotation) {
    int index = -1;
    Element containerType = null;
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      index = indexIn(container, annotation);
      if (index >= 0) {
        containerType = container.getAnnotationType().asElement();
        break;
      }
    }
    if (index < 0) {
      return Optional.empty();
    }
    List<AnnotationTree> written = new ArrayList<>();
    for (AnnotationTree tree : annotationsOf(path.getLeaf())) {
      Element type =
          trees.getElement(new TreePath(new TreePath(path, tree), tree.getAnnotationType()));
      if (containerType.equals(type)) {
        return Optional.empty(); // A container the user wrote, where the Messager finds it.
      }
      if (annotation.getAnnotationType().asElement().equals(type)) {
        written.add(tree);
      }
    }
    return index < written.size() ? Optional.of(written.get(index)) : Optional.empty();
  }

  /** Where {@code annotation} stands in the {@code value} array of {@code container}, or -1. */
  private static int indexIn(AnnotationMirror container, AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")
          && entry.getValue().getValue() instanceof List<?> values) {
        for (int i = 0; i < values.size(); i++) {
          if (((AnnotationValue) values.get(i)).getValue() == annotation) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** The tree of the origin's value within {@code annotation}, or the annotation's own. */
  private static Tree valueTree(AnnotationTree annotation, Origin origin) {
    if (origin.value() == null) {
      return annotation;
    }
    String name = null;
    for (var entry : origin.annotation().getElementValues().entrySet()) {
      if (entry.getValue() == origin.value()) {
        name = entry.getKey().getSimpleName().toString();
      }
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree variable
          && variable.getName().contentEquals(String.valueOf(name))) {
        return assignment.getExpression();
      }
    }
    return annotation;
  }

  private static List<? extends AnnotationTree> annotationsOf(Tree declaration) {
    ModifiersTree modifiers =
        declaration instanceof ClassTree type
            ? type.getModifiers()
            : declaration instanceof MethodTree method
                ? method.getModifiers()
                : declaration instanceof VariableTree variable ? variable.getModifiers() : null;
    return modifiers == null ? List.of() : modifiers.getAnnotations();
  }
}
