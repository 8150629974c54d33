package dev.envelopes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The related records a request to a vendor API asks for: every value of its {@code include}
 * parameter, split at commas, blank names left out, in name order.
 */
public final class IncludeParameter {

  private IncludeParameter() {}

  /** The names in the parameter's {@code values}, {@code null} when it is absent. */
  public static Set<String> names(List<String> values) {
    Set<String> names = new TreeSet<>();
    if (values != null) {
      for (String value : values) {
        for (String name : value.split(",")) {
          if (!name.isBlank()) {
            names.add(name.trim());
          }
        }
      }
    }
    return names;
  }
}
