package dev.envelopes.bench.jmh;

import dev.envelopes.bench.jmh.Wrapping.Payload;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Charts;
import dev.envelopes.bench.report.Ratios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EnvelopeBenchmark} with JMH's GC profiler, then writes its throughput and allocation
 * per operation into BENCHMARKS.md and a chart next to it. The argument is the benchmarks module's
 * folder.
 */
public final class JmhBenchmark {

  private JmhBenchmark() {}

  /**
   * The benchmark runs in rounds, each side once per round and the order reversed every other
   * round, so that the machine's changing load falls on all sides alike; each figure is the median
   * over the rounds, and each ratio the median of the rounds' ratios.
   */
  private static final int ROUNDS = 3;

  private static final List<String> METHODS = List.of("generated", "runtime", "payloadAlone");

  /**
   * One benchmark's figures over the rounds: operations per second (median), half the range of the
   * rounds' scores, bytes allocated per operation (median), and the score of each round.
   */
  private record Figures(
      double opsPerSecond, double halfRange, double bytesPerOp, List<Double> rounds) {}

  public static void main(String[] args) throws RunnerException, IOException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    Map<String, List<RunResult>> results = new TreeMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<String> order = new ArrayList<>(METHODS);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (String method : order) {
        for (RunResult result : new Runner(options(method)).run()) {
          results.computeIfAbsent(keyOf(result), key -> new ArrayList<>()).add(result);
        }
      }
    }
    Map<String, Figures> figures = new TreeMap<>();
    results.forEach((key, rounds) -> figures.put(key, figuresOf(rounds)));
    document.replace("jmh", table(figures));
    chart(figures, document.directory().resolve("jmh-throughput.png"));
  }

  private static Options options(String method) {
    return new OptionsBuilder()
        .include(EnvelopeBenchmark.class.getName() + "." + method + "$")
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(3)
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.SECONDS)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build();
  }

  /** "payload/implementation", such as "ONE/generated". */
  private static String keyOf(RunResult result) {
    String method = result.getParams().getBenchmark();
    return result.getParams().getParam("payload")
        + "/"
        + method.substring(method.lastIndexOf('.') + 1);
  }

  private static Figures figuresOf(List<RunResult> rounds) {
    List<Double> scores = rounds.stream().map(r -> r.getPrimaryResult().getScore()).toList();
    List<Double> allocations = rounds.stream().map(JmhBenchmark::allocationPerOperation).toList();
    double halfRange = (Collections.max(scores) - Collections.min(scores)) / 2;
    return new Figures(Ratios.median(scores), halfRange, Ratios.median(allocations), scores);
  }

  /** The median over the rounds of {@code a}'s score divided by {@code b}'s in the same round. */
  private static double ratio(Figures a, Figures b) {
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < a.rounds().size(); round++) {
      ratios.add(a.rounds().get(round) / b.rounds().get(round));
    }
    return Ratios.median(ratios);
  }

  /** The GC profiler's bytes allocated per operation. */
  @SuppressWarnings("rawtypes") // JMH's API answers raw Results
  private static double allocationPerOperation(RunResult result) {
    for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    throw new IllegalStateException("no allocation figures: was the GC profiler on?");
  }

  private static String table(Map<String, Figures> figures) {
    StringBuilder table =
        new StringBuilder(
            "| payload | generated ops/s | runtime ops/s | **throughput generated/runtime**"
                + " | generated B/op | runtime B/op | **allocation generated/runtime**"
                + " | payload alone ops/s | ceiling: payload alone/runtime |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Payload payload : Payload.values()) {
      Figures generated = figures.get(payload + "/generated");
      Figures runtime = figures.get(payload + "/runtime");
      Figures alone = figures.get(payload + "/payloadAlone");
      table
          .append("| ")
          .append(payload)
          .append(" | ")
          .append(withError(generated))
          .append(" | ")
          .append(withError(runtime))
          .append(" | **")
          .append(Ratios.twoDecimals(ratio(generated, runtime)))
          .append("x** | ")
          .append(Ratios.whole(generated.bytesPerOp()))
          .append(" | ")
          .append(Ratios.whole(runtime.bytesPerOp()))
          .append(" | **")
          .append(Ratios.twoDecimals(generated.bytesPerOp() / runtime.bytesPerOp()))
          .append("x** | ")
          .append(withError(alone))
          .append(" | ")
          .append(Ratios.twoDecimals(ratio(alone, runtime)))
          .append("x |\n");
    }
    return table.toString();
  }

  private static String withError(Figures figures) {
    return Ratios.whole(figures.opsPerSecond()) + " ± " + Ratios.whole(figures.halfRange());
  }

  /** One bar chart per payload, since their throughputs differ by two orders of magnitude. */
  private static void chart(Map<String, Figures> figures, Path png) throws IOException {
    List<String> implementations = List.of("generated", "runtime", "payloadAlone");
    List<CategoryChart> charts = new ArrayList<>();
    for (Payload payload : Payload.values()) {
      CategoryChart chart =
          new CategoryChartBuilder()
              .width(400)
              .height(400)
              .title(payload + ": ops/s (higher is better)")
              .build();
      chart.getStyler().setLegendVisible(false);
      chart.addSeries(
          "ops/s",
          implementations,
          implementations.stream()
              .map(implementation -> figures.get(payload + "/" + implementation).opsPerSecond())
              .toList(),
          implementations.stream()
              .map(implementation -> figures.get(payload + "/" + implementation).halfRange())
              .toList());
      charts.add(chart);
    }
    Charts.savePng(charts, png);
  }
}
