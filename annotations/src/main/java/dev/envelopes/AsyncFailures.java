package dev.envelopes;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The failure inside the wrappers of a {@code CompletionStage} or a {@code Future}: Jakarta REST
 * hands an exception mapper what the stage completed with, which is the resource method's
 * exception wrapped in a {@link CompletionException} when the stage was built with {@code
 * supplyAsync}, {@code thenApply} and the like. The generated exception mapper answers the
 * exception inside, as if the method had thrown it.
 */
public final class AsyncFailures {

  /** Wrappers unwrapped at most: far more than any stage builds, and an end to causes that loop. */
  public static final int MAX_WRAPPERS = 16;

  private AsyncFailures() {}

  /**
   * The cause of the {@link CompletionException}s and {@link ExecutionException}s around {@code
   * exception}, or {@code exception} itself when nothing wraps it.
   */
  public static Throwable unwrapped(Throwable exception) {
    Throwable failure = exception;
    for (int wrappers = 0;
        wrappers < MAX_WRAPPERS
            && (failure instanceof CompletionException || failure instanceof ExecutionException)
            && failure.getCause() != null;
        wrappers++) {
      failure = failure.getCause();
    }
    return failure;
  }
}
