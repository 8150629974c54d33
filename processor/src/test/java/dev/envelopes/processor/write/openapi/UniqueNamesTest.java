package dev.envelopes.processor.write.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds {@link UniqueNames} to giving each name once, repeats numbered from 2. */
class UniqueNamesTest {

  @Test
  void aRepeatTakesTheFirstNumberNotGivenYet() {
    UniqueNames names = new UniqueNames();
    assertEquals(
        List.of("list", "list_2", "get", "list_3", "list_4", "list_5"),
        List.of(
            names.claim("list"),
            names.claim("list"),
            names.claim("get"),
            names.claim("list_3"),
            names.claim("list"),
            names.claim("list")));
  }
}
