package dev.envelopes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Style#VENDOR} method with {@link Include}s returns: its data and the related
 * records it can side-load, by name. The generated code answers only those the request asked for.
 *
 * @param <T> the type of the data
 * @param data the data, answered under {@code data}
 * @param included the related records by {@link Include#name()}
 */
public record Related<T>(T data, Map<String, List<?>> included) {

  /** Copies the related records, so that they cannot change after the method returns. */
  public Related {
    included = Map.copyOf(included);
  }

  /** Data without related records yet. */
  public static <T> Related<T> of(T data) {
    return new Related<>(data, Map.of());
  }

  /** These data with {@code records} attached under {@code name}. */
  public Related<T> with(String name, List<?> records) {
    Map<String, List<?>> more = new LinkedHashMap<>(included);
    more.put(Objects.requireNonNull(name, "name"), List.copyOf(records));
    return new Related<>(data, more);
  }
}
