package dev.envelopes.sample.library;

import dev.envelopes.Page;
import dev.envelopes.Paginated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A listing by offset and limit for a controller to inherit: an abstract generic class, whose
 * {@code Page<T>} each subclass answers as the page of its own records; as {@code PagedResource}.
 */
public abstract class PagedController<T> {

  @GetMapping
  @Paginated(maxLimit = 10)
  public Page<T> list(
      @RequestParam(defaultValue = "0") long offset, @RequestParam(defaultValue = "2") int limit) {
    return page(offset, limit);
  }

  /** The records from {@code offset}, at most {@code limit} of them, and their total. */
  protected abstract Page<T> page(long offset, int limit);
}
