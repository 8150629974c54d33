package dev.envelopes;

import java.util.List;
import java.util.Objects;

/**
 * One page of a paginated result: the records of this page and the total number of records.
 *
 * <p>Returned by {@link Paginated} methods; the generated code turns it into the response's {@code
 * data}, {@code count} and {@code pagination}. It holds no position: the request's {@code offset}
 * and {@code limit} say where the page starts.
 *
 * @param items the records of this page, in order; never {@code null}, and no {@code null} records
 * @param total the number of records in the whole result, on every page; never negative
 * @param <T> the type of the records
 */
public record Page<T>(List<T> items, long total) {

  /** Checks and copies the page, so that it cannot change after the method returns it. */
  public Page {
    Objects.requireNonNull(items, "items");
    items = List.copyOf(items);
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total);
    }
  }
}
