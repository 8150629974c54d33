package dev.envelopes.processor.write.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names given once each within one part of the document (operation ids, shared components): a name
 * asked for again is given as {@code name_2}, {@code name_3} and on, the first not given yet.
 */
final class UniqueNames {

  private final Set<String> given = new HashSet<>();

  /** The last repeat given each name, so that the next is found without trying every one before. */
  private final Map<String, Integer> lastRepeat = new HashMap<>();

  /** {@code name}, or its first repeat not given yet; given from now on. */
  String claim(String name) {
    String claimed = name;
    int repeat = lastRepeat.getOrDefault(name, 1);
    while (!given.add(claimed)) {
      repeat++;
      claimed = name + "_" + repeat;
    }
    lastRepeat.put(name, repeat);
    return claimed;
  }
}
