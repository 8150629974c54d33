package dev.envelopes.processor.write.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parts of the document kept once under one section of {@code components} ({@code examples},
 * {@code responses}) and referred to from every place that has them: most errors are the same on
 * every operation of a style, and a copy per operation would make the document many times its
 * size.
 */
final class SharedComponents {

  private final String section;
  private final Map<String, Object> examples = new TreeMap<>();
  private final Map<String, String> namesByText = new HashMap<>();
  private final UniqueNames names = new UniqueNames();

  /** Those kept under {@code components.<section>}. */
  SharedComponents(String section) {
    this.section = section;
  }

  /**
   * A reference to {@code example}, the same part wherever it is, kept under {@code name} (or {@code name_2} and on, where
   * another example took it first).
   */
  Map<String, Object> refer(String name, Map<String, Object> example) {
    String text = JsonText.of(example);
    String kept = namesByText.get(text);
    if (kept == null) {
      kept = names.claim(name);
      examples.put(kept, example);
      namesByText.put(text, kept);
    }
    Map<String, Object> ref = Schemas.object();
    ref.put("$ref", "#/components/" + section + "/" + kept);
    return ref;
  }

  /** Every part kept, by name. */
  Map<String, Object> all() {
    return examples;
  }
}
