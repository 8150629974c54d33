package dev.envelopes.bench.items;

import dev.envelopes.Page;
import java.util.ArrayList;
import java.util.List;

/** The payloads both implementations answer, the same objects for each. */
public final class Payloads {

  /** How many records the paged result holds in all. */
  public static final long TOTAL = 1_000;

  /**
   * The page every benchmark asks for: the second page of 300, so it has a next and a prev link.
   */
  public static final long PAGE_OFFSET = 300;

  public static final int PAGE_LIMIT = 300;

  private final List<Item> all = new ArrayList<>();

  public Payloads() {
    for (int i = 1; i <= TOTAL; i++) {
      all.add(new Item(i, "Item number " + i, i % 2 == 0 ? "ada" : "grace", i % 3 == 0, i % 5));
    }
  }

  public Item one() {
    return all.get(0);
  }

  /** The record with {@code id}, or {@code null} when there is none. */
  public Item byId(long id) {
    return id >= 1 && id <= TOTAL ? all.get((int) id - 1) : null;
  }

  public List<Item> list() {
    return List.copyOf(all.subList(0, 25));
  }

  public Page<Item> page(long offset, int limit) {
    int from = (int) Math.min(offset, TOTAL);
    int to = (int) Math.min(from + (long) limit, TOTAL);
    return new Page<>(all.subList(from, to), TOTAL);
  }
}
