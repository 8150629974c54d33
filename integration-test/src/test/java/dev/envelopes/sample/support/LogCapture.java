package dev.envelopes.sample.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A log handler that keeps every record it is given, for tests to read, and prints nothing. */
public final class LogCapture extends Handler {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final List<Handler> displaced = new ArrayList<>();

  /** Takes the root logger's place of its handlers, until {@link #releaseRoot}: nothing prints. */
  public void captureRoot() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      displaced.add(handler);
      root.removeHandler(handler);
    }
    root.addHandler(this);
  }

  /** Gives the root logger its handlers back. */
  public void releaseRoot() {
    Logger root = Logger.getLogger("");
    root.removeHandler(this);
    displaced.forEach(root::addHandler);
    displaced.clear();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** What was published since the last {@link #clear}, in order. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  public void clear() {
    records.clear();
  }
}
