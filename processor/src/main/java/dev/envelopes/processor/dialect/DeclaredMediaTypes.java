package dev.envelopes.processor.dialect;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * The media types a class or method declares it produces.
 *
 * @param types each media type as written, an entry that lists several split
 * @param annotation the annotation that declares them
 * @param attribute the name of the annotation's value that holds them
 */
public record DeclaredMediaTypes(
    List<String> types, AnnotationMirror annotation, String attribute) {}
