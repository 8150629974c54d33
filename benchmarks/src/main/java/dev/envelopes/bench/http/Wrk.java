package dev.envelopes.bench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk, a process of its own, against one URL and reads its throughput and p99 latency. The
 * Jakarta and the Spring HTTP benchmarks both load their servers with it.
 */
public final class Wrk {

  /** What one wrk run measured. */
  public record Result(double requestsPerSecond, double p99Millis) {}

  /**
   * The request wrk sends again and again.
   *
   * @param method the HTTP method
   * @param headers the headers sent with every request
   * @param body the body of every request, or {@code null} for none
   * @param succeeds whether every answer is a 2xx; when not, every answer must be an error
   */
  public record Load(String method, Map<String, String> headers, String body, boolean succeeds) {

    /** A GET whose every answer is a 2xx. */
    public static Load get(Map<String, String> headers) {
      return new Load("GET", headers, null, true);
    }
  }

  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)\\b");
  private static final Pattern SENT = Pattern.compile("\\n\\s+([0-9]+) requests in ");
  private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

  private final int threads;
  private final int connections;
  private final int seconds;

  public Wrk(int threads, int connections, int seconds) {
    this.threads = threads;
    this.connections = connections;
    this.seconds = seconds;
  }

  public String settings() {
    return "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s --latency";
  }

  /** Loads {@code url} with GETs, sending {@code headers} with every request. */
  public Result run(URI url, Map<String, String> headers)
      throws IOException, InterruptedException {
    return run(url, Load.get(headers));
  }

  /** Loads {@code url} with {@code load}. */
  public Result run(URI url, Load load) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
    load.headers().forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
    Path script = null;
    if (!load.method().equals("GET") || load.body() != null) {
      // wrk takes another method and a body only from a Lua script.
      script = Files.createTempFile("wrk-", ".lua");
      Files.writeString(script, script(load), StandardCharsets.UTF_8);
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url.toString());
    try {
      String output = output(command, url);
      checkAnswers(load, output, url);
      return new Result(number(REQUESTS, output), p99Millis(output));
    } finally {
      if (script != null) {
        Files.delete(script);
      }
    }
  }

  private static String script(Load load) {
    String script = "wrk.method = \"" + load.method() + "\"\n";
    if (load.body() != null) {
      if (load.body().contains("]]")) {
        throw new IllegalArgumentException("a body with ]] does not fit a Lua long string");
      }
      script += "wrk.body = [[" + load.body() + "]]\n";
    }
    return script;
  }

  private static String output(List<String> command, URI url)
      throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      throw new IllegalStateException(
          "the HTTP benchmark loads the server with wrk, which is not on the PATH;"
              + " install it (on Debian: apt-get install wrk) and run it again",
          notInstalled);
    }
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
    }
    return output;
  }

  /** Every answer a 2xx, or every answer an error, as {@code load} expects. */
  private static void checkAnswers(Load load, String output, URI url) {
    Matcher errors = NOT_2XX.matcher(output);
    long failed = errors.find() ? Long.parseLong(errors.group(1)) : 0;
    boolean asExpected = load.succeeds() ? failed == 0 : failed == (long) number(SENT, output);
    if (!asExpected) {
      throw new IllegalStateException(
          "wrk got "
              + failed
              + " answers other than 2xx from "
              + url
              + (load.succeeds() ? ", where all should succeed" : ", where none should")
              + ":\n"
              + output);
    }
  }

  private static double p99Millis(String output) {
    Matcher matcher = P99.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no p99 in wrk's output:\n" + output);
    }
    double value = Double.parseDouble(matcher.group(1));
    return switch (matcher.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static double number(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("no " + pattern + " in wrk's output:\n" + output);
    }
    return Double.parseDouble(matcher.group(1));
  }
}
