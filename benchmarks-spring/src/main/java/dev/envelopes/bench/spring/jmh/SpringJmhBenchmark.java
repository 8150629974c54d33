package dev.envelopes.bench.spring.jmh;

import dev.envelopes.bench.jmh.JmhRounds;
import dev.envelopes.bench.jmh.JmhRounds.Figures;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.spring.jmh.ReturnValuePath.Payload;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link SpringEnvelopeBenchmark} with JMH's GC profiler, as the Jakarta JMH benchmark runs
 * its own ({@link JmhRounds}), and writes its throughput and allocation per operation into
 * BENCHMARKS.md. The argument is the Jakarta benchmarks module's folder, where BENCHMARKS.md is.
 */
public final class SpringJmhBenchmark {

  /**
   * Rounds: in each, for every payload, both sides one after the other, each in a fork of its own,
   * in the opposite order every other round.
   */
  private static final int ROUNDS = 3;

  /** Warm-up and measured iterations of one second each, per fork. */
  private static final int ITERATIONS = 3;

  private SpringJmhBenchmark() {}

  public static void main(String[] args) throws RunnerException, IOException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    Map<String, List<RunResult>> results = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<String> order = new ArrayList<>(SpringBenchServers.SIDES);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (Payload payload : Payload.values()) {
        for (String side : order) {
          for (RunResult result :
              new Runner(
                      JmhRounds.options(
                              SpringEnvelopeBenchmark.class.getName() + ".answer$", ITERATIONS)
                          .param("side", side)
                          .param("payload", payload.name())
                          .build())
                  .run()) {
            results.computeIfAbsent(key(side, payload), key -> new ArrayList<>()).add(result);
          }
        }
      }
    }
    Map<String, Figures> figures = new TreeMap<>();
    results.forEach((key, rounds) -> figures.put(key, Figures.of(rounds)));
    document.replace("spring-jmh", table(figures));
  }

  private static String key(String side, Payload payload) {
    return payload + "/" + side;
  }

  private static String table(Map<String, Figures> figures) {
    StringBuilder table =
        new StringBuilder(
            "JMH, `-prof gc`, "
                + ROUNDS
                + " rounds of a fork per side and payload, "
                + ITERATIONS
                + " warm-up and "
                + ITERATIONS
                + " measured iterations of 1 s; medians over the rounds ± half their range, each"
                + " ratio the median of the rounds' ratios.\n\n"
                + "| payload | "
                + JmhRounds.COMPARISON_HEADER
                + " |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Payload payload : Payload.values()) {
      table
          .append("| ")
          .append(payload)
          .append(" | ")
          .append(
              JmhRounds.comparison(
                  figures.get(key("generated", payload)), figures.get(key("runtime", payload))))
          .append(" |\n");
    }
    return table.toString();
  }
}
