package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.sample.support.LogCapture;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application that pages by signed cursor without {@code envelopes.cursor.key} says so once at
 * startup, in one line naming the property: behind a load balancer each instance would otherwise
 * sign with a random key of its own, and clients would get random 400s.
 */
class MissingCursorKeyWarningTest {

  /** The logger of the class that holds the key. */
  private static final Logger CURSOR_KEY_LOG = Logger.getLogger("dev.envelopes.CursorKey");

  private final LogCapture capture = new LogCapture();

  @BeforeEach
  void listen() {
    CURSOR_KEY_LOG.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    CURSOR_KEY_LOG.removeHandler(capture);
  }

  @Test
  void startingWithoutAKeyWarnsOnceNamingTheProperty() {
    start(null);

    List<LogRecord> records = capture.records();
    assertEquals(1, records.size(), records::toString);
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertEquals(
        "No envelopes.cursor.key is configured: cursors are signed with a random key of this"
            + " process, which no other instance shares and a restart forgets; give every"
            + " instance the same key (the base64 of 32 random bytes) in envelopes.cursor.key.",
        records.get(0).getMessage());
  }

  @Test
  void startingTwiceWithoutAKeyWarnsAtEachStartup() {
    start(null);
    start(null);

    assertEquals(2, capture.records().size(), capture.records()::toString);
  }

  @Test
  void startingWithAKeySaysNothing() {
    start(SampleApi.CURSOR_KEY);

    assertEquals(List.of(), capture.records());
  }

  private static void start(String key) {
    SampleRuntime.current().serve(SampleRuntime.Setup.standard().withCursorKey(key)).close();
  }
}
