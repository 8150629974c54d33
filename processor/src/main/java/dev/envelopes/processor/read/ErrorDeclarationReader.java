package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.Origin;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads {@code @ApiError} and {@code @MapException} into {@link ErrorDeclaration}s. */
final class ErrorDeclarationReader {

  private final Annotations annotations;
  private final Types types;
  private final TypeMirror throwable;

  ErrorDeclarationReader(Elements elements, Types types) {
    this.annotations = new Annotations(elements);
    this.types = types;
    this.throwable = elements.getTypeElement(KnownTypes.THROWABLE).asType();
  }

  /** The declaration {@code @ApiError} makes on {@code exception}, if it carries one. */
  Optional<ErrorDeclaration> readApiError(TypeElement exception) {
    return Annotations.find(exception, KnownTypes.API_ERROR)
        .map(
            annotation ->
                declaration(exception, ErrorDeclaration.Source.API_ERROR, annotation, exception));
  }

  /**
   * The declaration one {@code @MapException} on {@code declaringType} makes; empty when the
   * exception class does not exist yet.
   */
  Optional<ErrorDeclaration> readMapException(Element declaringType, AnnotationMirror annotation) {
    TypeMirror exception = annotations.typeValue(annotation, "value");
    if (exception.getKind() == TypeKind.ERROR || !(exception instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    return Optional.of(
        declaration(
            (TypeElement) declared.asElement(),
            ErrorDeclaration.Source.MAP_EXCEPTION,
            annotation,
            declaringType));
  }

  private ErrorDeclaration declaration(
      TypeElement exception,
      ErrorDeclaration.Source source,
      AnnotationMirror annotation,
      Element annotated) {
    return new ErrorDeclaration(
        ClassName.get(exception),
        types.isAssignable(exception.asType(), throwable),
        Hierarchy.depthOf(exception),
        source,
        annotations.intValue(annotation, "status"),
        annotations.intValue(annotation, "code"),
        annotations.stringValue(annotation, "message"),
        annotations.stringValue(annotation, "detail"),
        Origin.of(annotated, annotation));
  }
}
