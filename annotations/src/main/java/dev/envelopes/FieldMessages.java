package dev.envelopes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The messages of a validation failure, by the field each is about: fields in order, the messages
 * of no single field (under {@code null}) first, each field's messages sorted, so that an answer is
 * the same whatever order the validator reported them in. The generated exception mappers collect
 * them here and answer them in their style.
 */
public final class FieldMessages {

  private final Map<String, List<String>> byField =
      new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Set<String> missing = new TreeSet<>();

  /** Adds {@code message} about {@code field}, which is {@code null} for no single field. */
  public void add(String field, String message) {
    byField.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
  }

  /**
   * Adds {@code message} about {@code field}, and whether the field had no value at all, such as a
   * property the request body left out: the vendor style answers such a field as missing.
   */
  public void add(String field, String message, boolean noValue) {
    add(field, message);
    if (noValue && field != null) {
      missing.add(field);
    }
  }

  /** The fields that had no value at all, in order. */
  public Set<String> missing() {
    return Collections.unmodifiableSet(missing);
  }

  /** The messages of each field, each field's in order; fields sorted, {@code null} first. */
  public Map<String, List<String>> byField() {
    byField.values().forEach(messages -> messages.sort(null));
    return byField;
  }

  /**
   * All of {@code messages} in one sentence, as the bare style answers them: each field with its
   * messages, such as {@code fullName: must not be blank}, a few fields, then how many more, so
   * that no request makes a long message.
   */
  public static String inOneSentence(Map<String, List<String>> messages) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> field : messages.entrySet()) {
      String joined = ErrorBounds.fieldMessage(String.join(", ", field.getValue()));
      problems.add(
          field.getKey() == null ? joined : ErrorBounds.name(field.getKey()) + ": " + joined);
    }
    return String.join("; ", ErrorBounds.listed(problems, ErrorBounds::more));
  }
}
