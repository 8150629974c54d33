package dev.envelopes.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A log handler that keeps every record it is given, for tests to read, and prints nothing. */
final class LogCapture extends Handler {

  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** What was published since the last {@link #clear}, in order. */
  List<LogRecord> records() {
    return List.copyOf(records);
  }

  void clear() {
    records.clear();
  }
}
