package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.Origin;
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
  private final Elements elements;
  private final TypeMirror throwable;

  ErrorDeclarationReader(Elements elements, Types types) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.types = types;
    this.throwable = elements.getTypeElement(KnownTypes.THROWABLE).asType();
  }

  /** The declaration that {@code annotation}, the {@code @ApiError} on {@code exception}, makes. */
  ErrorDeclaration readApiError(TypeElement exception, AnnotationMirror annotation) {
    return declaration(exception, ErrorDeclaration.Source.API_ERROR, annotation, exception);
  }

  /**
   * Whether the exception class that {@code annotation}, a {@code @MapException}, names exists; it
   * may be generated in a later round. Until then its value is not a type but javac's error.
   */
  boolean mapsExistingClass(AnnotationMirror annotation) {
    return annotations.value(annotation, "value").getValue() instanceof DeclaredType declared
        && declared.getKind() == TypeKind.DECLARED;
  }

  /**
   * The declaration one {@code @MapException} on {@code declaringType} makes, once {@link
   * #mapsExistingClass} holds.
   */
  ErrorDeclaration readMapException(Element declaringType, AnnotationMirror annotation) {
    DeclaredType exception = (DeclaredType) annotations.typeValue(annotation, "value");
    return declaration(
        (TypeElement) exception.asElement(),
        ErrorDeclaration.Source.MAP_EXCEPTION,
        annotation,
        declaringType);
  }

  private ErrorDeclaration declaration(
      TypeElement exception,
      ErrorDeclaration.Source source,
      AnnotationMirror annotation,
      Element annotated) {
    return new ErrorDeclaration(
        ClassName.get(exception),
        types.isAssignable(exception.asType(), throwable),
        Reaches.of(exception, elements),
        Hierarchy.depthOf(exception),
        source,
        annotations.intValue(annotation, "status"),
        annotations.intValue(annotation, "code"),
        annotations.stringValue(annotation, "message"),
        annotations.stringValue(annotation, "detail"),
        annotations.stringValue(annotation, "errorCode"),
        Origin.of(annotated, annotation));
  }
}
