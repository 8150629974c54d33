package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class AsyncFailuresTest {

  @Test
  void anExceptionNothingWrapsIsItself() {
    IllegalStateException thrown = new IllegalStateException("thrown");
    assertSame(thrown, AsyncFailures.unwrapped(thrown));
  }

  @Test
  void completionAndExecutionWrappersAreUnwrappedToTheCause() {
    IllegalStateException thrown = new IllegalStateException("thrown");
    Throwable wrapped = new CompletionException(new ExecutionException(thrown));
    assertSame(thrown, AsyncFailures.unwrapped(wrapped));
  }

  @Test
  void aWrapperWithoutACauseIsAnsweredItself() {
    CompletionException empty = new CompletionException("no cause", null);
    assertSame(empty, AsyncFailures.unwrapped(empty));
  }

  @Test
  void otherWrappersAreNotUnwrapped() {
    RuntimeException other = new RuntimeException(new IllegalStateException("inside"));
    assertSame(other, AsyncFailures.unwrapped(other));
  }

  @Test
  void unwrappingStopsAfterTheMostWrappersEvenWhenCausesLoop() {
    CompletionException first = new CauseLater();
    CompletionException second = new CompletionException(first);
    first.initCause(second);
    Throwable found = AsyncFailures.unwrapped(first);
    // Sixteen steps along a loop of two end where they started.
    assertSame(AsyncFailures.MAX_WRAPPERS % 2 == 0 ? first : second, found);
  }

  /** A wrapper whose cause is set after it is made, so that causes can loop. */
  private static final class CauseLater extends CompletionException {
    private static final long serialVersionUID = 1L;

    CauseLater() {
      super("cause later");
    }
  }
}
