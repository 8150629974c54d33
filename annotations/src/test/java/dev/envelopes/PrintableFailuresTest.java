package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrintableFailuresTest {

  @Test
  void anExceptionWhoseMessageCanBeReadIsLoggedAsItIs() {
    IllegalStateException readable = new IllegalStateException("the database is down");

    assertSame(readable, PrintableFailures.of(readable));
  }

  @Test
  void anExceptionWhoseMessageThrowsIsLoggedAsAStandInWithItsClassAndStack() {
    Unreadable unreadable = new Unreadable();

    Throwable printable = PrintableFailures.of(unreadable);

    assertEquals(
        Unreadable.class.getName()
            + ", whose message could not be read: reading it threw "
            + UnsupportedOperationException.class.getName(),
        printable.getMessage());
    assertArrayEquals(unreadable.getStackTrace(), printable.getStackTrace());
    assertEquals(UnsupportedOperationException.class, printable.getCause().getClass());
    StringWriter printed = new StringWriter();
    printable.printStackTrace(new PrintWriter(printed));
    assertEquals(
        printable.getClass().getName() + ": " + printable.getMessage(),
        printed.toString().lines().findFirst().orElseThrow());
  }

  /** An exception whose message cannot be read: asking for it throws. */
  private static final class Unreadable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new UnsupportedOperationException("no message here");
    }
  }
}
