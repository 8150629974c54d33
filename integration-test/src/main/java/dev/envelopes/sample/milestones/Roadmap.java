package dev.envelopes.sample.milestones;

import java.util.List;

/**
 * The sample's roadmap, the same for every runtime's sample, whichever framework's class
 * answers it.
 */
final class Roadmap {

  private static final List<Milestone> MILESTONES =
      List.of(
          new Milestone(1, "Design", true),
          new Milestone(2, "Build", false),
          new Milestone(3, "Ship", false));

  private Roadmap() {}

  /** The milestone {@code id}; an unknown id throws {@link MilestoneNotFound}. */
  static Milestone find(long id) {
    return MILESTONES.stream()
        .filter(milestone -> milestone.id() == id)
        .findFirst()
        .orElseThrow(() -> new MilestoneNotFound(id));
  }
}
