package dev.envelopes.bench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk, a process of its own, against one URL and reads its throughput and p99 latency. */
final class Wrk {

  /** What one wrk run measured. */
  record Result(double requestsPerSecond, double p99Millis) {}

  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)\\b");

  private final int threads;
  private final int connections;
  private final int seconds;

  Wrk(int threads, int connections, int seconds) {
    this.threads = threads;
    this.connections = connections;
    this.seconds = seconds;
  }

  String settings() {
    return "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s --latency";
  }

  /** Loads {@code url}, sending {@code headers} with every request. */
  Result run(URI url, Map<String, String> headers) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
    headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
    command.add(url.toString());
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
    if (process.waitFor() != 0 || output.contains("Non-2xx")) {
      throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
    }
    return new Result(number(REQUESTS, output), p99Millis(output));
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
