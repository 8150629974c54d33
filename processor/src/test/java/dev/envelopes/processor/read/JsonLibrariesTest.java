package dev.envelopes.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.processor.model.JsonLibrary;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Jackson generated serializers write with, for each classpath a user's build may have. */
class JsonLibrariesTest {

  @Test
  void jackson2AloneIsJackson2() {
    assertEquals(JsonLibrary.JACKSON_2, on(false, JsonLibraries.JACKSON_2_MAPPER));
  }

  @Test
  void jackson2AloneIsJackson2WhateverTheFrameworkTakes() {
    assertEquals(JsonLibrary.JACKSON_2, on(true, JsonLibraries.JACKSON_2_MAPPER));
  }

  @Test
  void jackson3AloneIsJackson3() {
    assertEquals(JsonLibrary.JACKSON_3, on(false, JsonLibraries.JACKSON_3_MAPPER));
  }

  @Test
  void bothWhereTheFrameworkTakesJackson3IsJackson3AsSpringBoot4Writes() {
    assertEquals(
        JsonLibrary.JACKSON_3,
        on(true, JsonLibraries.JACKSON_2_MAPPER, JsonLibraries.JACKSON_3_MAPPER));
  }

  @Test
  void bothWhereTheFrameworkTakesJackson2IsJackson2AsJakartaRestProvidersWrite() {
    assertEquals(
        JsonLibrary.JACKSON_2,
        on(false, JsonLibraries.JACKSON_2_MAPPER, JsonLibraries.JACKSON_3_MAPPER));
  }

  @Test
  void noDatabindIsJackson2() {
    assertEquals(JsonLibrary.JACKSON_2, on(false));
  }

  private static JsonLibrary on(boolean frameworkTakesJackson3, String... present) {
    return JsonLibraries.of(Set.of(present)::contains, frameworkTakesJackson3);
  }
}
