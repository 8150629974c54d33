package dev.envelopes.processor.read;

import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.JsonLibrary;
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
   * The Jackson that the user's web framework, which {@code dialect} reads, writes JSON with, from
   * the compile classpath.
   */
  public static JsonLibrary of(Elements elements, Dialect dialect) {
    Predicate<String> present = name -> elements.getTypeElement(name) != null;
    return of(present, dialect.writesWithJackson3BesideJackson2(present));
  }

  /**
   * The Jackson that the user's web framework writes JSON with, given which qualified names are on
   * the classpath: Jackson 3 databind when only it is there; Jackson 2 when only it is there (or
   * neither, which the validator reports); when both are, the one the framework writes with
   * ({@code frameworkTakesJackson3}): Spring Boot 4 writes with Jackson 3, the Jackson providers of
   * the Jakarta REST runtimes and Spring Boot 3 with Jackson 2.
   */
  static JsonLibrary of(Predicate<String> present, boolean frameworkTakesJackson3) {
    boolean jackson3 = present.test(JACKSON_3_MAPPER);
    if (!jackson3) {
      return JsonLibrary.JACKSON_2;
    }
    boolean jackson2 = present.test(JACKSON_2_MAPPER);
    return !jackson2 || frameworkTakesJackson3 ? JsonLibrary.JACKSON_3 : JsonLibrary.JACKSON_2;
  }
}
