package dev.envelopes.sample.quarkus;

import dev.envelopes.CursorKey;
import dev.envelopes.sample.support.Sabotage;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarkus REST: the sample built into a Quarkus application, whose runner jar each {@link
 * #serve(Setup)} starts as a process of its own on a free port, configured by system properties,
 * and stops on close. What tests do in their own JVM on the other runtimes goes through {@link
 * TestControlResource}.
 */
public final class QuarkusRuntime implements SampleRuntime {

  /** The system property with the path of the runner jar, which the build sets. */
  static final String RUNNER = "envelopes.quarkus.runner";

  /** How long Quarkus may take to start; it takes about a second. */
  private static final Duration STARTUP = Duration.ofSeconds(60);

  /** What Quarkus prints once it listens, with the port. */
  private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Override
  public String name() {
    return "quarkus";
  }

  @Override
  public Served serve(Setup setup) {
    List<Sabotage> sabotages = new ArrayList<>();
    for (Object provider : setup.providers()) {
      if (!(provider instanceof Sabotage sabotage)) {
        throw new UnsupportedOperationException(
            "a provider of the tests' JVM cannot reach the Quarkus process: " + provider);
      }
      // The process has a sabotage of its own (ProcessSabotage); the test's arms that one.
      sabotages.add(sabotage);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Each test API is a process of its own, which serves a few requests: start fast, stay small.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Dquarkus.http.host=localhost");
    command.add("-Dquarkus.http.port=0");
    command.add("-Dquarkus.log.console.format=" + ProcessLog.FORMAT);
    command.add("-D" + TestControlResource.ENABLED + "=true");
    command.add("-D" + SampleClock.START + "=" + SampleApi.START);
    if (setup.cursorKey() != null) {
      command.add("-D" + CursorKey.PROPERTY + "=" + setup.cursorKey());
    }
    for (Map.Entry<String, Object> property : setup.properties().entrySet()) {
      command.add("-D" + property.getKey() + "=" + property.getValue());
    }
    if (setup.json() != null) {
      MapperDescription.of(setup.json().getContext(Object.class))
          .forEach((name, value) -> command.add("-D" + name + "=" + value));
    }
    command.add("-jar");
    command.add(runner().toString());
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    List<String> output = new CopyOnWriteArrayList<>();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Map<String, CompletableFuture<Void>> marks = new ConcurrentHashMap<>();
    Thread reader =
        new Thread(
            () -> {
              ProcessLog log = new ProcessLog();
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  output.add(line);
                  Matcher listening = LISTENING.matcher(line);
                  if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                  }
                  LogRecord record = log.take(line);
                  if (record == null) {
                    continue;
                  }
                  if (TestControlResource.MARK_LOGGER.equals(record.getLoggerName())) {
                    marks.computeIfAbsent(record.getMessage(), mark -> new CompletableFuture<>())
                        .complete(null);
                  } else if (passedOn(record)) {
                    // To the tests' loggers, whose handlers read it as one of their own JVM.
                    Logger.getLogger(record.getLoggerName()).log(record);
                  }
                }
              } catch (IOException e) {
                // The process ended; what it printed is kept.
              }
              port.completeExceptionally(
                  new IllegalStateException(
                      "Quarkus stopped before it listened:\n" + String.join("\n", output)));
            },
            "quarkus-output");
    reader.setDaemon(true);
    reader.start();
    int listening;
    try {
      listening = port.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      process.destroyForcibly();
      throw (IllegalStateException) e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "Quarkus did not listen within " + STARTUP + ":\n" + String.join("\n", output), e);
    }
    String base = "http://localhost:" + listening;
    Served served = new Served() {
      @Override
      public String base() {
        return base;
      }

      @Override
      public long addProject(String name, String owner) {
        return Long.parseLong(
            control(
                base,
                "/test-control/projects",
                HttpRequest.BodyPublishers.ofString(
                    "name=" + encoded(name) + "&owner=" + encoded(owner))));
      }

      @Override
      public void advanceClock(Duration amount) {
        control(base, "/test-control/clock?by=" + amount, HttpRequest.BodyPublishers.noBody());
      }

      @Override
      public void awaitLogs() {
        String mark = UUID.randomUUID().toString();
        CompletableFuture<Void> read = marks.computeIfAbsent(mark, key -> new CompletableFuture<>());
        control(
            base, "/test-control/log-mark?mark=" + mark, HttpRequest.BodyPublishers.noBody());
        try {
          read.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          throw new IllegalStateException("the process's log did not reach the mark " + mark, e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } finally {
          marks.remove(mark);
        }
      }

      /** Stops the process, and returns once what it logged has reached the tests' loggers. */
      @Override
      public void close() {
        process.destroy();
        try {
          if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
          reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.destroyForcibly();
        }
      }
    };
    for (Sabotage sabotage : sabotages) {
      sabotage.armElsewhere(
          failure ->
              control(
                  base,
                  "/test-control/sabotage?failure=" + failure.name(),
                  HttpRequest.BodyPublishers.noBody()));
    }
    return served;
  }

  /** Asks the process's {@link TestControlResource} for what {@code pathAndQuery} names. */
  private static String control(
      String base, String pathAndQuery, HttpRequest.BodyPublisher form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form)
            .build();
    try {
      HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(pathAndQuery + " -> " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the tests' loggers get {@code record}: every record of the API's own code, and the
   * warnings and errors of Quarkus, but not its notes about starting and stopping.
   */
  private static boolean passedOn(LogRecord record) {
    return record.getLoggerName().startsWith("dev.envelopes.")
        || record.getLevel().intValue() >= Level.WARNING.intValue();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Path runner() {
    Path runner = Path.of(System.getProperty(RUNNER, "target/quarkus-app/quarkus-run.jar"));
    if (!Files.isRegularFile(runner)) {
      throw new IllegalStateException(runner + " is not built: run mvn package first");
    }
    return runner;
  }
}
