package dev.envelopes.sample.flow;

import dev.envelopes.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The lists and accounts, in memory, with ids from 1. */
public final class Workspace {

  /** The day the sample lives in, so that "upcoming" and "overdue" do not move. */
  static final LocalDate TODAY = LocalDate.parse("2026-03-02");

  private final Map<Long, FlowList> lists = new TreeMap<>();
  private final Map<Long, Account> accounts = new TreeMap<>();
  private final Set<Long> archived = new TreeSet<>();
  private long lastId;

  /** A workspace holding the seed lists and their owners; list 2 is archived. */
  public static Workspace seeded() {
    Workspace workspace = new Workspace();
    workspace.accounts.put(1L, new Account(1, "Ada"));
    workspace.accounts.put(2L, new Account(2, "Grace"));
    workspace.add(new NewList("Launch", 52, LocalDate.parse("2026-03-20")), 1);
    workspace.add(new NewList("Hiring", 52, LocalDate.parse("2026-02-01")), 2);
    workspace.add(new NewList("Offsite", 52, null), 1);
    workspace.add(new NewList("Budget", 52, LocalDate.parse("2026-04-30")), 2);
    workspace.add(new NewList("Backlog", 7, null), 1);
    workspace.archived.add(2L);
    return workspace;
  }

  public synchronized long add(NewList list, long ownerId) {
    long id = ++lastId;
    lists.put(id, new FlowList(id, list.name(), list.workspaceId(), ownerId, list.dueOn()));
    return id;
  }

  public synchronized FlowList get(long id) {
    FlowList list = lists.get(id);
    if (list == null) {
      throw new ListNotFound(id);
    }
    return list;
  }

  /**
   * The lists of a workspace in a view: {@code upcoming} those due from today, {@code overdue}
   * those due before, {@code default} all.
   */
  public synchronized Page<FlowList> page(long workspaceId, String view, long cursor, int limit) {
    List<FlowList> all = new ArrayList<>();
    for (FlowList list : lists.values()) {
      if (list.workspaceId() == workspaceId && inView(list, view)) {
        all.add(list);
      }
    }
    int from = (int) Math.min(cursor, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page<>(all.subList(from, to), all.size());
  }

  private static boolean inView(FlowList list, String view) {
    return switch (view) {
      case "upcoming" -> list.dueOn() != null && !list.dueOn().isBefore(TODAY);
      case "overdue" -> list.dueOn() != null && list.dueOn().isBefore(TODAY);
      default -> true;
    };
  }

  /** The owners of {@code of}, each once, by id. */
  public synchronized List<Account> owners(List<FlowList> of) {
    Set<Long> ids = new TreeSet<>();
    of.forEach(list -> ids.add(list.ownerId()));
    return ids.stream().map(accounts::get).toList();
  }

  public synchronized void update(long id, NewList list) {
    FlowList current = get(id);
    if (archived.contains(id)) {
      throw new ListArchived(id);
    }
    lists.put(
        id, new FlowList(id, list.name(), list.workspaceId(), current.ownerId(), list.dueOn()));
  }
}
