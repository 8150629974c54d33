package dev.envelopes.sample.quarkus;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log records of a Quarkus process, read back from its output, which prints each record in
 * {@link #FORMAT}: a head line with the level, the logger and the message, the exception after a
 * line of its own, and an end line.
 */
final class ProcessLog {

  private static final String HEAD = "@@log\t";
  private static final String THROWN = "@@thrown";
  private static final String END = "@@end";

  /** The console format of the process. */
  static final String FORMAT = HEAD + "%p\t%c\t%s%n" + THROWN + "%e%n" + END + "%n";

  /** A printed frame: {@code \tat module/class.method(File.java:12)}. */
  private static final Pattern FRAME =
      Pattern.compile("\tat (?:[^/( ]+/)?([\\w$.]+)\\.([\\w$<>]+)\\(([^:)]*)(?::(\\d+))?\\)");

  private String[] head;
  private final StringBuilder message = new StringBuilder();
  private List<String> thrown;

  /**
   * Takes one line of the output; returns the record it completes, or {@code null} when it
   * completes none.
   */
  LogRecord take(String line) {
    if (line.startsWith(HEAD)) {
      head = line.substring(HEAD.length()).split("\t", 3);
      message.setLength(0);
      message.append(head.length > 2 ? head[2] : "");
      thrown = null;
      return null;
    }
    if (head == null) {
      return null;
    }
    if (thrown == null && line.startsWith(THROWN)) {
      thrown = new ArrayList<>();
      String first = line.substring(THROWN.length());
      if (!first.isEmpty()) {
        thrown.add(first.startsWith(": ") ? first.substring(2) : first);
      }
    } else if (line.equals(END)) {
      LogRecord record = new LogRecord(level(head[0]), message.toString());
      record.setLoggerName(head.length > 1 ? head[1] : "");
      if (thrown != null && !thrown.isEmpty()) {
        record.setThrown(rebuilt(thrown));
      }
      head = null;
      return record;
    } else if (thrown == null) {
      message.append('\n').append(line);
    } else {
      thrown.add(line);
    }
    return null;
  }

  private static Level level(String quarkus) {
    return switch (quarkus) {
      case "FATAL", "ERROR" -> Level.SEVERE;
      case "WARN", "WARNING" -> Level.WARNING;
      case "INFO" -> Level.INFO;
      case "DEBUG" -> Level.FINE;
      default -> Level.FINEST;
    };
  }

  /**
   * The exception the lines print, as one of its class with its message when the tests' JVM has
   * that class and it takes a message; else one that holds the printed text.
   */
  private static Throwable rebuilt(List<String> lines) {
    String first = lines.get(0);
    int colon = first.indexOf(": ");
    String type = colon < 0 ? first.trim() : first.substring(0, colon);
    StringBuilder message = new StringBuilder(colon < 0 ? "" : first.substring(colon + 2));
    // A message of several lines goes on until the first line of the stack.
    List<StackTraceElement> stack = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher frame = FRAME.matcher(line);
      if (frame.matches()) {
        stack.add(
            new StackTraceElement(
                frame.group(1),
                frame.group(2),
                frame.group(3),
                frame.group(4) == null ? -1 : Integer.parseInt(frame.group(4))));
      } else if (stack.isEmpty()) {
        message.append('\n').append(line);
      }
    }
    try {
      Constructor<?> withMessage = Class.forName(type).getConstructor(String.class);
      Throwable rebuilt = (Throwable) withMessage.newInstance(colon < 0 ? null : message.toString());
      rebuilt.setStackTrace(stack.toArray(StackTraceElement[]::new));
      return rebuilt;
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      return new IllegalStateException(String.join("\n", lines));
    }
  }
}
