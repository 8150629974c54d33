package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.fixtures.HostileFailure;
import dev.envelopes.sample.fixtures.HostileFailure.HostileMessageException;
import dev.envelopes.sample.support.BareAssertions;
import dev.envelopes.sample.support.ContainerDifferences;
import dev.envelopes.sample.support.EnvelopeAssertions;
import dev.envelopes.sample.support.LogCapture;
import dev.envelopes.sample.support.RawHttp;
import dev.envelopes.sample.support.Sabotage;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleApi.Response;
import dev.envelopes.sample.support.SampleRuntime;
import dev.envelopes.sample.support.StatusAssertions;
import dev.envelopes.sample.support.VendorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exceptions built to leak: a message with a marker and a database URL with a password, CR and LF
 * with a header after them, ten megabytes of text, a cause chain that loops, and a {@code
 * getMessage()} that throws. Each one fails a request of each of the four styles, thrown by a
 * filter that runs once the runtime has matched the resource method, so the answer takes its
 * style. The
 * client must get the style's own 500 with its fixed message and nothing of the exception; the
 * server log must get the exception, in full, exactly once, in a form a log formatter can print.
 */
class HostileExceptionsTest {

  private static final String MARKER = HostileFailure.MARKER;

  /** What an answer must never hold: the marker, the secrets, class names, stack frames. */
  private static final List<String> SECRETS =
      List.of(
          MARKER,
          "jdbc",
          "hunter2",
          "db.internal",
          "X-Injected",
          "Exception",
          "Hostile",
          "Sabotage",
          "at dev.",
          "at java.",
          "CIRCULAR");

  private static final String GENERIC =
      "The server could not complete the request; the failure has been logged.";

  /** Keeps everything any logger publishes, instead of printing it. */
  private static final LogCapture CAPTURE = new LogCapture();

  private static final Logger ROOT = Logger.getLogger("");

  private static final List<Handler> ROOT_HANDLERS = new ArrayList<>();

  private static final Sabotage SABOTAGE = new Sabotage();

  private static SampleApi api;

  @BeforeAll
  static void start() {
    api = SampleApi.start(SampleRuntime.Setup.standard().withProviders(SABOTAGE));
    for (Handler handler : ROOT.getHandlers()) {
      ROOT_HANDLERS.add(handler);
      ROOT.removeHandler(handler);
    }
    ROOT.addHandler(CAPTURE);
  }

  @AfterAll
  static void stop() {
    api.close();
    ROOT.removeHandler(CAPTURE);
    ROOT_HANDLERS.forEach(ROOT::addHandler);
  }

  /** One style's paged list, and what its generic 500 must look like. */
  private record Style(String name, String path, Consumer<Response> assertGeneric500) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The hostile failures that reach the API's exception mapper on this runtime: a loop of causes
   * never does on one ({@link ContainerDifferences#answersLoopingCauses}).
   */
  static List<HostileFailure> hostiles() {
    List<HostileFailure> hostiles = new ArrayList<>();
    hostiles.add(HostileFailure.SECRET_IN_MESSAGE);
    hostiles.add(HostileFailure.CR_AND_LF_IN_MESSAGE);
    hostiles.add(HostileFailure.TEN_MEGABYTES_OF_MESSAGE);
    if (ContainerDifferences.current().answersLoopingCauses()) {
      hostiles.add(HostileFailure.CAUSE_CHAIN_THAT_LOOPS);
    }
    return hostiles;
  }

  static List<Style> styles() {
    return List.of(
        new Style(
            "meta",
            "/projects",
            response ->
                EnvelopeAssertions.assertEnvelope(
                    response,
                    500,
                    SampleApi.json(
                        """
                        {
                          "success": false, "code": 1000, "message": "Internal error",
                          "status_code": 500, "status_message": "Internal Server Error",
                          "detailed": ["%s"], "data": null, "count": null, "pagination": null
                        }
                        """,
                        GENERIC))),
        new Style(
            "bare",
            "/contacts",
            response ->
                BareAssertions.assertBareError(
                    response,
                    500,
                    "INTERNAL_ERROR",
                    "An unexpected error occurred while processing the request")),
        new Style(
            "status",
            "/notes",
            response ->
                StatusAssertions.assertStatusEnvelope(
                    response, 500, StatusAssertions.error(GENERIC, null))),
        new Style(
            "vendor",
            "/lists?workspace_id=52",
            response ->
                VendorAssertions.assertError(
                    response, 500, VendorAssertions.error("internal_error", GENERIC))));
  }

  static List<Arguments> everyHostileInEveryStyle() {
    List<Arguments> cases = new ArrayList<>();
    for (Style style : styles()) {
      for (HostileFailure hostile : hostiles()) {
        cases.add(Arguments.of(style, hostile));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyHostileInEveryStyle")
  void clientGetsTheStylesGeneric500AndNothingOfTheException(
      Style style, HostileFailure hostile) {
    Response response = SABOTAGE.failWith(hostile, () -> api.get(style.path()));

    style.assertGeneric500().accept(response);
    String everything = (response.body() + response.headers().map()).toLowerCase(Locale.ROOT);
    for (String secret : SECRETS) {
      assertFalse(
          everything.contains(secret.toLowerCase(Locale.ROOT)),
          () -> "the answer gives away " + secret + ": " + response.headers().map());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyHostileInEveryStyle")
  void serverLogGetsTheExceptionOnceInFullAndPrintable(Style style, HostileFailure hostile) {
    CAPTURE.clear();
    RuntimeException thrown = hostile.make();

    SABOTAGE.failWith(hostile, () -> api.get(style.path()));

    List<LogRecord> about = new ArrayList<>();
    for (LogRecord record : CAPTURE.records()) {
      if (record.getThrown() != null) {
        about.add(record);
      }
    }
    assertEquals(1, about.size(), () -> "records with an exception: " + about);
    LogRecord record = about.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(SampleRuntime.current().internalErrorLogger(), record.getLoggerName());
    String printed = new SimpleFormatter().format(record);
    assertTrue(
        printed.contains(thrown.getClass().getName()),
        () -> "the log names the exception's class: " + head(printed));
    assertTrue(
        printed.contains("at " + HostileFailure.class.getName()),
        () -> "the log holds the stack: " + head(printed));
    Throwable logged = record.getThrown();
    assertEquals(thrown.getClass(), logged.getClass(), "the exception itself");
    // Line by line: a runtime that logs in a process of its own prints the lines, not their ends.
    assertEquals(
        thrown.getMessage().lines().toList(),
        logged.getMessage().lines().toList(),
        "the exception's whole message");
  }

  /**
   * An exception whose {@code getMessage()} throws: the client gets a 500 that holds nothing of
   * it, and the server log gets it once, with the stack that names the failing {@code
   * getMessage()}. Whether an exception mapper sees it at all, and so what the log holds beside
   * that record, is the runtime's own doing ({@link ContainerDifferences#unreadableMessageBody}).
   * The client may have its answer before the server has logged, so the log is read once the
   * server has stopped, which waits for the requests in progress.
   */
  @Test
  void exceptionWhoseMessageCannotBeReadGets500AndOneLogRecordOverHttp() {
    Sabotage sabotage = new Sabotage();
    RawHttp.Answer answer;
    try (SampleApi served =
        SampleApi.start(SampleRuntime.Setup.standard().withProviders(sabotage))) {
      CAPTURE.clear();
      answer =
          sabotage.failWith(
              HostileFailure.UNREADABLE_MESSAGE,
              () -> RawHttp.send(served.base(), "GET", "/notes", null));
    }

    assertEquals(500, answer.status(), () -> "status of " + answer);
    Optional<String> containers = ContainerDifferences.current().unreadableMessageBody();
    if (containers.isPresent()) {
      assertEquals(containers.get(), answer.body(), "the container's own body");
    } else {
      assertEquals(
          StatusAssertions.error(GENERIC, null).toString(),
          SampleApi.json(answer.body()).toString(),
          "the style's own 500, its keys in order");
    }
    String everything = (answer.headerLines() + answer.body()).toLowerCase(Locale.ROOT);
    for (String secret : SECRETS) {
      assertFalse(everything.contains(secret.toLowerCase(Locale.ROOT)), () -> secret);
    }
    List<String> unprintable = new ArrayList<>();
    List<String> about = new ArrayList<>();
    for (LogRecord record : CAPTURE.records()) {
      if (record.getThrown() == null) {
        continue;
      }
      String printed;
      try {
        printed = new SimpleFormatter().format(record);
      } catch (RuntimeException formatterFailed) {
        unprintable.add(record.getLoggerName());
        continue;
      }
      if (printed.contains(HostileMessageException.class.getName())) {
        about.add(printed);
      }
    }
    assertEquals(List.of(), unprintable, "the loggers of the records no formatter can print");
    assertEquals(
        1 + ContainerDifferences.current().containerRecordsOfAnUnreadableMessage(),
        about.size(),
        () -> "records with the exception: " + about);
    assertTrue(
        about.get(0).contains(HostileMessageException.class.getName() + ".getMessage"),
        () -> "the log names what failed: " + head(about.get(0)));
  }

  private static String head(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
