package dev.envelopes.processor.read;

import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.JsonLibrary;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.util.Elements;

/**
 * Decides, once per compilation, which Jackson the generated serializers write with. Both
 * processors ask here, so the records of an answer and the API-wide records agree.
 */
public final class JsonLibraries {

  static final String JACKSON_2_MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";
  static final String JACKSON_3_MAPPER = "tools.jackson.databind.ObjectMapper";

  private JsonLibraries() {}

  /**
   * The Jackson that {@code dialect}'s framework writes JSON with, from the compile classpath of
   * {@code elements}.
   */
  public static JsonLibrary of(Elements elements, Dialect dialect) {
    return of(name -> elements.getTypeElement(name) != null, dialect.jackson3WriterType());
  }

  /**
   * The Jackson that the user's web framework writes JSON with, given which qualified names are on
   * the classpath: Jackson 3 databind when only it is there; Jackson 2 when only it is there (or
   * neither, which the validator reports); when both are, Jackson 3 if the framework's type that
   * says so is there ({@code jackson3Writer}: Spring Boot 4 writes with its Jackson 3 converter),
   * and otherwise Jackson 2, which the Jackson providers of the Jakarta REST runtimes write with.
   */
  static JsonLibrary of(Predicate<String> present, Optional<String> jackson3Writer) {
    boolean jackson3 = present.test(JACKSON_3_MAPPER);
    if (!jackson3) {
      return JsonLibrary.JACKSON_2;
    }
    boolean jackson2 = present.test(JACKSON_2_MAPPER);
    return !jackson2 || jackson3Writer.filter(present).isPresent()
        ? JsonLibrary.JACKSON_3
        : JsonLibrary.JACKSON_2;
  }
}
