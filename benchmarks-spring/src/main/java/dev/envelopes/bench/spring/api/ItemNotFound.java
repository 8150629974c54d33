package dev.envelopes.bench.spring.api;

import dev.envelopes.ApiError;
import dev.envelopes.bench.spring.runtime.ExceptionMapper;

/**
 * No item has the id a request names: the benchmark's declared error, declared to both sides alike
 * (to the generated glue at compile time, to the hand-written advice at run time).
 */
@ApiError(status = 404, code = 1404, message = "Item not found")
@ExceptionMapper(status = 404, code = 1404, message = "Item not found")
public class ItemNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ItemNotFound(long id) {
    super("There is no item " + id + ".");
  }
}
