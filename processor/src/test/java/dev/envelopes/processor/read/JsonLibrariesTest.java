package dev.envelopes.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.processor.model.JsonLibrary;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Jackson generated serializers write with, for each classpath a user's build may have. */
class JsonLibrariesTest {

  /** The type whose presence says Spring Boot 4 writes with Jackson 3: the Spring dialect's. */
  private static final String SPRING_JACKSON_3_CONVERTER =
      "org.springframework.http.converter.json.JacksonJsonHttpMessageConverter";

  private static final String SPRING_JACKSON_2_CONVERTER =
      "org.springframework.http.converter.json.MappingJackson2HttpMessageConverter";

  @Test
  void jackson2AloneIsJackson2() {
    assertEquals(JsonLibrary.JACKSON_2, on(JsonLibraries.JACKSON_2_MAPPER));
  }

  @Test
  void jackson3AloneIsJackson3() {
    assertEquals(JsonLibrary.JACKSON_3, on(JsonLibraries.JACKSON_3_MAPPER));
  }

  @Test
  void jackson3AloneWithSpringsJackson3ConverterIsJackson3() {
    assertEquals(
        JsonLibrary.JACKSON_3,
        on(JsonLibraries.JACKSON_3_MAPPER, SPRING_JACKSON_3_CONVERTER));
  }

  @Test
  void bothWithSpringsJackson3ConverterIsJackson3AsSpringBoot4Writes() {
    assertEquals(
        JsonLibrary.JACKSON_3,
        on(
            JsonLibraries.JACKSON_2_MAPPER,
            JsonLibraries.JACKSON_3_MAPPER,
            SPRING_JACKSON_3_CONVERTER,
            SPRING_JACKSON_2_CONVERTER));
  }

  @Test
  void bothWithoutSpringsJackson3ConverterIsJackson2AsJakartaRestProvidersWrite() {
    assertEquals(
        JsonLibrary.JACKSON_2, on(JsonLibraries.JACKSON_2_MAPPER, JsonLibraries.JACKSON_3_MAPPER));
  }

  @Test
  void bothOnSpringBoot35IsJackson2() {
    assertEquals(
        JsonLibrary.JACKSON_2,
        on(
            JsonLibraries.JACKSON_2_MAPPER,
            JsonLibraries.JACKSON_3_MAPPER,
            SPRING_JACKSON_2_CONVERTER));
  }

  @Test
  void jackson2WithSpringsJackson3ConverterButNoJackson3IsJackson2() {
    assertEquals(
        JsonLibrary.JACKSON_2,
        on(JsonLibraries.JACKSON_2_MAPPER, SPRING_JACKSON_3_CONVERTER));
  }

  @Test
  void noDatabindIsJackson2() {
    assertEquals(JsonLibrary.JACKSON_2, on());
  }

  @Test
  void bothWithSpringsJackson3ConverterIsJackson2ForAJakartaRestApi() {
    assertEquals(
        JsonLibrary.JACKSON_2,
        JsonLibraries.of(
            Set.of(
                    JsonLibraries.JACKSON_2_MAPPER,
                    JsonLibraries.JACKSON_3_MAPPER,
                    SPRING_JACKSON_3_CONVERTER)
                ::contains,
            Optional.empty()));
  }

  /** For a Spring MVC API, on a classpath of {@code present}. */
  private static JsonLibrary on(String... present) {
    return JsonLibraries.of(Set.of(present)::contains, Optional.of(SPRING_JACKSON_3_CONVERTER));
  }
}
