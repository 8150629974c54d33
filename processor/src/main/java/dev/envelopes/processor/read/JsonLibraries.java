package dev.envelopes.processor.read;

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

  /**
   * Spring Framework 7's message converter for Jackson 3: where it is, Spring Boot 4 writes JSON
   * with Jackson 3 even when Jackson 2 is on the classpath too.
   */
  static final String SPRING_JACKSON_3_CONVERTER =
      "org.springframework.http.converter.json.JacksonJsonHttpMessageConverter";

  private JsonLibraries() {}

  /** The Jackson that the user's web framework writes JSON with, from the compile classpath. */
  public static JsonLibrary of(Elements elements) {
    return of(name -> elements.getTypeElement(name) != null);
  }

  /**
   * The Jackson that the user's web framework writes JSON with, given which qualified names are on
   * the classpath: Jackson 3 databind when only it is there; Jackson 2 when only it is there (or
   * neither, which the validator reports); when both are, Jackson 3 if Spring's Jackson 3
   * converter is there (Spring Boot 4 writes with it), and otherwise Jackson 2, which the Jackson
   * providers of the Jakarta REST runtimes write with.
   */
  static JsonLibrary of(Predicate<String> present) {
    boolean jackson3 = present.test(JACKSON_3_MAPPER);
    if (!jackson3) {
      return JsonLibrary.JACKSON_2;
    }
    boolean jackson2 = present.test(JACKSON_2_MAPPER);
    return !jackson2 || present.test(SPRING_JACKSON_3_CONVERTER)
        ? JsonLibrary.JACKSON_3
        : JsonLibrary.JACKSON_2;
  }
}
