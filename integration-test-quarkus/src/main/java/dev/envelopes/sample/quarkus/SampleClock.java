package dev.envelopes.sample.quarkus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the sample on Quarkus: the system's, unless the system property {@value #START}
 * sets where it stands; then it moves only when {@link TestControlResource} moves it, as the
 * tests' clock does on the other runtimes.
 */
public final class SampleClock extends Clock {

  /** The system property with the instant the clock stands at, such as {@code 2026-03-02T09:00:00Z}. */
  public static final String START = "envelopes.sample.clock-start";

  /** The one clock of the process: the store's and the cursors'. */
  public static final SampleClock INSTANCE = new SampleClock(System.getProperty(START));

  private final boolean standing;
  private volatile Instant now;

  private SampleClock(String start) {
    this.standing = start != null;
    this.now = standing ? Instant.parse(start) : null;
  }

  /** Moves a standing clock forward by {@code amount}. */
  void advance(Duration amount) {
    if (!standing) {
      throw new IllegalStateException("the clock is the system's: " + START + " is not set");
    }
    now = now.plus(amount);
  }

  @Override
  public Instant instant() {
    return standing ? now : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the sample reads only instants");
  }
}
