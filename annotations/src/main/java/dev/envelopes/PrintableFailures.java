package dev.envelopes;

/**
 * An exception as a log can print it. Printing an exception reads its message, and a hostile or
 * broken exception's {@code getMessage()} may throw: a log record holding it then prints nothing,
 * and the failure is lost. Generated code logs what it answers 500 to through {@link #of}.
 */
public final class PrintableFailures {

  private PrintableFailures() {}

  /**
   * {@code exception} itself when its text can be read; otherwise a stand-in with its class name
   * and its stack trace, caused by what reading the message threw (which says where), which every
   * log formatter can print.
   */
  public static Throwable of(Throwable exception) {
    try {
      exception.toString();
      return exception;
    } catch (RuntimeException unreadable) {
      return new UnreadableFailure(exception, unreadable);
    }
  }

  /** Stands in for an exception whose message could not be read. */
  static final class UnreadableFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableFailure(Throwable exception, RuntimeException unreadable) {
      super(
          exception.getClass().getName()
              + ", whose message could not be read: reading it threw "
              + unreadable.getClass().getName(),
          readable(unreadable) ? unreadable : null,
          false,
          true);
      setStackTrace(exception.getStackTrace());
    }

    private static boolean readable(Throwable exception) {
      try {
        exception.toString();
        return true;
      } catch (RuntimeException unreadable) {
        return false;
      }
    }
  }
}
