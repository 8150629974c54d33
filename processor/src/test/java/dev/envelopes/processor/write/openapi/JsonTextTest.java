package dev.envelopes.processor.write.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonText} writes RFC 8259 JSON, laid out the same way every time. */
class JsonTextTest {

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f/é\u2028\"\n",
        JsonText.of("a\"b\\c\n\r\t\b\f\u0000\u001f/é\u2028"));
  }

  /** A lone surrogate, which UTF-8 cannot encode, as its escape; a pair as it is. */
  @Test
  void escapesLoneSurrogatesOnly() {
    assertEquals("\"a\\ud800b\\udc00\uD83D\uDE00\"\n", JsonText.of("a\ud800b\udc00\uD83D\uDE00"));
  }

  @Test
  void writesObjectsInTheirOrderAndArraysIndentedByTwoSpaces() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("z", 1);
    object.put("a", Arrays.asList(true, null, 2.5, 9_223_372_036_854_775_807L));
    object.put("empty", Map.of());
    object.put("none", List.of());

    assertEquals(
        "{\n"
            + "  \"z\": 1,\n"
            + "  \"a\": [\n"
            + "    true,\n"
            + "    null,\n"
            + "    2.5,\n"
            + "    9223372036854775807\n"
            + "  ],\n"
            + "  \"empty\": {},\n"
            + "  \"none\": []\n"
            + "}\n",
        JsonText.of(object));
  }

  @Test
  void writesAWholeDoubleWithoutAFraction() {
    assertEquals("3\n", JsonText.of(3.0));
  }

  @Test
  void refusesWhatJsonCannotSay() {
    assertThrows(IllegalArgumentException.class, () -> JsonText.of(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> JsonText.of(new ArrayList<>(List.of(new Object()))));
  }
}
