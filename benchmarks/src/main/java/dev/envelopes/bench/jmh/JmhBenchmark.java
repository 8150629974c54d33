package dev.envelopes.bench.jmh;

import dev.envelopes.Style;
import dev.envelopes.bench.jmh.Wrapping.Payload;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Charts;
import dev.envelopes.bench.report.Ratios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
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
   * The benchmark runs in rounds. In each, for every style and payload, the generated and the
   * runtime side run one after the other, each in a fork of its own, in the opposite order every
   * other round, so that the machine's changing load falls on both sides alike; each figure is the
   * median over the rounds, and each ratio the median of the rounds' ratios.
   */
  private static final int ROUNDS = 3;

  /**
   * Warm-up and measured iterations of one second each, per fork: two of each keep the 126 forks of
   * a run (four styles by three payloads on each side and with the generated filters only, and the
   * payload alone both ways, in three rounds) near nine minutes.
   */
  private static final int ITERATIONS = 2;

  private static final List<String> SIDES = List.of("generated", "runtime");

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
      List<String> order = new ArrayList<>(SIDES);
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (Payload payload : Payload.values()) {
        for (Style style : Style.values()) {
          for (String side : order) {
            run(options(side, style, payload), results);
          }
          run(options("generatedFiltersOnly", style, payload), results);
        }
        // The payload alone is the same in every style: measured once a round.
        run(options("payloadAlone", Style.META, payload), results);
        run(options("streamingPayloadAlone", Style.META, payload), results);
      }
    }
    Map<String, Figures> figures = new TreeMap<>();
    results.forEach((key, rounds) -> figures.put(key, figuresOf(rounds)));
    document.replace("jmh", table(figures));
    chart(figures, document.directory().resolve("jmh-throughput.png"));
  }

  private static void run(Options options, Map<String, List<RunResult>> results)
      throws RunnerException {
    for (RunResult result : new Runner(options).run()) {
      results.computeIfAbsent(keyOf(result), key -> new ArrayList<>()).add(result);
    }
  }

  /** The options of one benchmark method in one style and with one payload. */
  private static Options options(String method, Style style, Payload payload) {
    return new OptionsBuilder()
        .include(EnvelopeBenchmark.class.getName() + "." + method + "$")
        .param("style", style.name())
        .param("payload", payload.name())
        .forks(1)
        .warmupIterations(ITERATIONS)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(ITERATIONS)
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.SECONDS)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .build();
  }

  /** "style/payload/implementation", such as "BARE/ONE/generated". */
  private static String keyOf(RunResult result) {
    String method = result.getParams().getBenchmark();
    return key(
        Style.valueOf(result.getParams().getParam("style")),
        Payload.valueOf(result.getParams().getParam("payload")),
        method.substring(method.lastIndexOf('.') + 1));
  }

  private static String key(Style style, Payload payload, String implementation) {
    return style + "/" + payload + "/" + implementation;
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
            "| style | payload | generated ops/s | runtime ops/s"
                + " | **throughput generated/runtime** | generated B/op | runtime B/op"
                + " | **allocation generated/runtime** | ceiling: payload alone, streaming/runtime"
                + " | ceiling: filters only, JSON free/runtime | filters only B/op |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Style style : Style.values()) {
      for (Payload payload : Payload.values()) {
        Figures generated = figures.get(key(style, payload, "generated"));
        Figures runtime = figures.get(key(style, payload, "runtime"));
        Figures streaming = figures.get(key(Style.META, payload, "streamingPayloadAlone"));
        Figures filtersOnly = figures.get(key(style, payload, "generatedFiltersOnly"));
        table
            .append("| ")
            .append(style)
            .append(" | ")
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
            .append(Ratios.twoDecimals(ratio(streaming, runtime)))
            .append("x | ")
            .append(Ratios.twoDecimals(ratio(filtersOnly, runtime)))
            .append("x | ")
            .append(Ratios.whole(filtersOnly.bytesPerOp()))
            .append(" |\n");
      }
    }
    for (String implementation : List.of("payloadAlone", "streamingPayloadAlone")) {
      table.append(
          implementation.equals("payloadAlone")
              ? "\nPayload alone by databind (no envelope, the same in every style): "
              : "\nPayload alone by Jackson's streaming API: ");
      List<String> alone = new ArrayList<>();
      for (Payload payload : Payload.values()) {
        Figures figuresAlone = figures.get(key(Style.META, payload, implementation));
        alone.add(
            payload
                + " "
                + withError(figuresAlone)
                + " ops/s, "
                + Ratios.whole(figuresAlone.bytesPerOp())
                + " B/op");
      }
      table.append(String.join("; ", alone)).append(".\n");
    }
    return table.toString();
  }

  private static String withError(Figures figures) {
    return Ratios.whole(figures.opsPerSecond()) + " ± " + Ratios.whole(figures.halfRange());
  }

  /**
   * One bar chart per payload, since their throughputs differ by two orders of magnitude: for each
   * style, generated and runtime side by side, and the payload alone as the ceiling.
   */
  private static void chart(Map<String, Figures> figures, Path png) throws IOException {
    List<String> styles = Arrays.stream(Style.values()).map(Style::name).toList();
    List<CategoryChart> charts = new ArrayList<>();
    for (Payload payload : Payload.values()) {
      CategoryChart chart =
          new CategoryChartBuilder()
              .width(480)
              .height(440)
              .title(payload + ": ops/s (higher is better)")
              .build();
      // Below the plot, so that the plot is wide enough to label every style.
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
      for (String implementation : List.of("generated", "runtime", "payloadAlone")) {
        List<Figures> series =
            Arrays.stream(Style.values())
                .map(
                    style ->
                        figures.get(
                            implementation.equals("payloadAlone")
                                ? key(Style.META, payload, implementation)
                                : key(style, payload, implementation)))
                .toList();
        chart.addSeries(
            implementation.equals("payloadAlone") ? "payload alone" : implementation,
            styles,
            series.stream().map(Figures::opsPerSecond).toList(),
            series.stream().map(Figures::halfRange).toList());
      }
      charts.add(chart);
    }
    Charts.savePng(charts, png);
  }
}
