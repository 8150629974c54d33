package dev.envelopes.processor.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ReasonPhrases} to the IANA HTTP Status Code Registry, kept as the oracle in {@code
 * iana/http-status-codes.csv} with its source named at its top.
 */
class ReasonPhrasesTest {

  @Test
  void everyRegisteredStatusHasTheRegistrysPhrase() throws IOException {
    Map<Integer, String> registry = registry();
    assertTrue(registry.size() > 60, "the registry file lists the registered codes");
    List<String> wrong = new ArrayList<>();
    registry.forEach(
        (status, phrase) -> {
          if (!ReasonPhrases.of(status).equals(phrase)) {
            wrong.add(status + " is \"" + ReasonPhrases.of(status) + "\", not \"" + phrase + "\"");
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void aStatusWithoutAPhraseIsNamedByItsNumber() {
    assertEquals("Status 306", ReasonPhrases.of(306));
    assertEquals("Status 418", ReasonPhrases.of(418));
    assertEquals("Status 499", ReasonPhrases.of(499));
  }

  /**
   * The registered codes that have a phrase, by code: "(Unused)" codes have none, and an obsoleted
   * code keeps its phrase.
   */
  private static Map<Integer, String> registry() throws IOException {
    Map<Integer, String> phrases = new TreeMap<>();
    try (InputStream in = ReasonPhrasesTest.class.getResourceAsStream("/iana/http-status-codes.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : csv.split("\n")) {
        if (line.startsWith("#") || line.startsWith("Value,") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", 3);
        String description = cells[1].replace(" (OBSOLETED)", "");
        if (!description.equals("(Unused)")) {
          phrases.put(Integer.parseInt(cells[0]), description);
        }
      }
    }
    return phrases;
  }
}
