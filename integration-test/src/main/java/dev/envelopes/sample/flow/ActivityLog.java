package dev.envelopes.sample.flow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import dev.envelopes.Page;
import dev.envelopes.Related;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happened on the lists, the same for every runtime's sample, whichever framework's class
 * answers it: the activities and the members who did them.
 */
final class ActivityLog {

  /** The members who did the activities, by id from 1. */
  private static final List<Member> MEMBERS =
      List.of(
          new Member(
              1, "Ada", LocalDate.parse("2025-11-03"), OffsetDateTime.parse("2026-03-01T18:45:10Z")),
          new Member(2, "Grace", LocalDate.parse("2026-01-15"), null));

  /** The activities, by id from 1, oldest first. */
  private static final List<Activity> ACTIVITIES =
      List.of(
          new Activity(
              1,
              "created",
              1,
              Instant.parse("2026-03-02T09:15:30Z"),
              OffsetDateTime.parse("2026-03-20T09:00:00+01:00"),
              ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, ZoneId.of("Europe/Paris")),
              LocalDate.parse("2026-03-20"),
              LocalTime.of(8, 30),
              Duration.ofMinutes(90),
              List.of(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-04-03"))),
          new Activity(
              2,
              "completed",
              2,
              Instant.parse("2026-03-02T10:00:00.250Z"),
              OffsetDateTime.parse("2026-03-02T10:00:00-05:00"),
              ZonedDateTime.of(2026, 7, 1, 14, 5, 9, 0, ZoneId.of("America/New_York")),
              null,
              LocalTime.of(17, 0, 5),
              Duration.ofSeconds(45),
              List.of()));

  private ActivityLog() {}

  /** The activities from {@code offset}, oldest first, at most {@code limit}, and their members. */
  static Related<Page<Activity>> page(long offset, int limit) {
    int from = (int) Math.min(offset, ACTIVITIES.size());
    int to = (int) Math.min((long) from + limit, ACTIVITIES.size());
    List<Activity> items = ACTIVITIES.subList(from, to);
    Set<Long> memberIds = new TreeSet<>();
    items.forEach(activity -> memberIds.add(activity.memberId()));
    return Related.of(new Page<>(items, ACTIVITIES.size()))
        .with("members", memberIds.stream().map(id -> MEMBERS.get((int) (id - 1))).toList());
  }

  /** The latest activities, newest first. */
  static List<Activity> latest() {
    return List.of(ACTIVITIES.get(1), ACTIVITIES.get(0));
  }

  /** The activity {@code id}, if there is one. */
  static Optional<Activity> find(long id) {
    return id < 1 || id > ACTIVITIES.size()
        ? Optional.empty()
        : Optional.of(ACTIVITIES.get((int) (id - 1)));
  }
}
