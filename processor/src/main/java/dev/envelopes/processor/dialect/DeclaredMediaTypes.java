package dev.envelopes.processor.dialect;

import java.util.ArrayList;
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
    List<String> types, AnnotationMirror annotation, String attribute) {

  /**
   * The media types of {@code entries} as written in {@code attribute} of {@code annotation}; one
   * entry may list several, as in {@code "text/plain, application/json"}.
   */
  public static DeclaredMediaTypes of(
      List<String> entries, AnnotationMirror annotation, String attribute) {
    List<String> types = new ArrayList<>();
    for (String entry : entries) {
      for (String type : entry.split(",")) {
        types.add(type.trim());
      }
    }
    return new DeclaredMediaTypes(List.copyOf(types), annotation, attribute);
  }
}
