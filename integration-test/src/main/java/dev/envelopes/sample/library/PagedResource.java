package dev.envelopes.sample.library;

import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;

/**
 * A listing by offset and limit that shelves and the books of a shelf share: an abstract generic
 * class, whose {@code Page<T>} each subclass answers as the page of its own records.
 */
public abstract class PagedResource<T> {

  @GET
  @Paginated(maxLimit = 10)
  public Page<T> list(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("2") int limit) {
    return page(offset, limit);
  }

  /** The records from {@code offset}, at most {@code limit} of them, and their total. */
  protected abstract Page<T> page(long offset, int limit);
}
