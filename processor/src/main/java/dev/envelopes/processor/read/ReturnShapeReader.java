package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.ReturnShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Classifies what a resource method returns into the shapes an envelope knows. */
final class ReturnShapeReader {

  private final Types types;
  private final List<String> completed;
  private final List<String> typedResponses;
  private final List<TypeMirror> unwrappable;
  private final TypeMirror collection;
  private final TypeMirror object;

  ReturnShapeReader(Elements elements, Types types, Dialect dialect) {
    this.types = types;
    this.completed = dialect.completedTypes();
    this.typedResponses = dialect.typedResponseTypes();
    this.unwrappable =
        dialect.unwrappableTypes().stream()
            .map(elements::getTypeElement)
            .filter(element -> element != null)
            .map(element -> types.erasure(element.asType()))
            .toList();
    this.collection = types.erasure(elements.getTypeElement(KnownTypes.COLLECTION).asType());
    this.object = elements.getTypeElement(Object.class.getCanonicalName()).asType();
  }

  /**
   * What a method declared to return {@code type} answers the client: for a type the framework
   * completes before it answers, such as {@code CompletionStage<T>}, that {@code T} (a wildcard's
   * bound, or {@code Object}); for anything else, {@code type}. A raw stage, or another kind of
   * future, stays as it is and cannot be wrapped.
   */
  TypeMirror resultOf(TypeMirror type) {
    if (completed.stream().noneMatch(name -> Annotations.isType(type, name))) {
      return type;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.isEmpty()) {
      return type;
    }
    TypeMirror argument = arguments.get(0);
    if (argument instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? object : wildcard.getExtendsBound();
    }
    return argument;
  }

  /** Whether {@code type} is the framework's own response with a typed body. */
  boolean isTypedResponse(TypeMirror type) {
    return typedResponses.stream().anyMatch(name -> Annotations.isType(type, name));
  }

  /**
   * The type of the body of {@code response}, a typed response: its type argument, or a
   * wildcard's bound; empty for a raw response or an unbounded wildcard, whose body type cannot be
   * seen.
   */
  Optional<TypeMirror> bodyOf(TypeMirror response) {
    List<? extends TypeMirror> arguments = ((DeclaredType) response).getTypeArguments();
    if (arguments.isEmpty()) {
      return Optional.empty();
    }
    TypeMirror argument = arguments.get(0);
    if (argument instanceof WildcardType wildcard) {
      return Optional.ofNullable(wildcard.getExtendsBound());
    }
    return Optional.of(argument);
  }

  ReturnShape read(TypeMirror type) {
    if (TypeResolution.mentionsTypeVariable(type)) {
      return new ReturnShape.Generic();
    }
    if (type.getKind() == TypeKind.VOID || Annotations.isType(type, KnownTypes.VOID)) {
      return new ReturnShape.NoData();
    }
    if (type.getKind().isPrimitive()) {
      return new ReturnShape.Single(TypeName.get(type), true, false);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return new ReturnShape.Multiple(TypeName.get(type), true);
    }
    TypeMirror erasure = types.erasure(type);
    for (TypeMirror candidate : unwrappable) {
      if (types.isAssignable(erasure, candidate)) {
        return new ReturnShape.Unwrappable();
      }
    }
    if (Annotations.isType(type, KnownTypes.PAGE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.isEmpty()
          ? new ReturnShape.RawPage()
          : new ReturnShape.Paged(TypeName.get(arguments.get(0)));
    }
    if (Annotations.isType(type, KnownTypes.OPTIONAL)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      TypeName value = arguments.isEmpty() ? ClassName.OBJECT : valueType(arguments.get(0));
      return new ReturnShape.Single(value, false, true);
    }
    if (types.isAssignable(erasure, collection)) {
      return new ReturnShape.Multiple(TypeName.get(type), false);
    }
    return new ReturnShape.Single(TypeName.get(type), false, false);
  }

  /** The type a value of a type argument has: a wildcard's upper bound, or {@link Object}. */
  private static TypeName valueType(TypeMirror argument) {
    if (argument instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null
          ? ClassName.OBJECT
          : TypeName.get(wildcard.getExtendsBound());
    }
    return TypeName.get(argument);
  }
}
