package dev.envelopes.sample;

import java.util.Comparator;
import java.util.Locale;

/** The orders a list of projects can be sorted in. */
enum ProjectOrder {
  ID(Comparator.comparingLong(Project::id)),
  NAME(Comparator.comparing(Project::name).thenComparingLong(Project::id));

  private final Comparator<Project> comparator;

  ProjectOrder(Comparator<Project> comparator) {
    this.comparator = comparator;
  }

  Comparator<Project> comparator() {
    return comparator;
  }

  /** The order a {@code sort} query parameter names; an unknown name is the client's mistake. */
  static ProjectOrder parse(String sort) {
    for (ProjectOrder order : values()) {
      if (order.name().toLowerCase(Locale.ROOT).equals(sort)) {
        return order;
      }
    }
    throw new IllegalArgumentException("Unknown sort order: " + sort);
  }
}
