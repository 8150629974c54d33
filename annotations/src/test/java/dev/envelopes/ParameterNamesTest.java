package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParameterNamesTest {

  @Test
  void aListedIndexHasItsName() {
    assertEquals("id", ParameterNames.at(2, "body", null, "id"));
    assertEquals("body", ParameterNames.at(0, "body", null, "id"));
  }

  @Test
  void aParameterWithoutANameHasNone() {
    assertNull(ParameterNames.at(1, "body", null, "id"));
  }

  @Test
  void anIndexOutsideTheListHasNoName() {
    assertNull(ParameterNames.at(3, "body", null, "id"));
    assertNull(ParameterNames.at(-1, "body", null, "id"));
  }
}
