package dev.envelopes.bench.jmh;

import dev.envelopes.bench.jmh.Wrapping.Payload;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Charts;
import dev.envelopes.bench.report.Ratios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
   * One benchmark's figures: operations per second, its error, and bytes allocated per operation.
   */
  private record Figures(double opsPerSecond, double error, double bytesPerOp) {}

  public static void main(String[] args) throws RunnerException, IOException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    Options options =
        new OptionsBuilder()
            .include(EnvelopeBenchmark.class.getName())
            .forks(2)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .timeUnit(TimeUnit.SECONDS)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .build();
    Map<String, Figures> figures = figures(new Runner(options).run());
    document.replace("jmh", table(figures));
    chart(figures, document.directory().resolve("jmh-throughput.png"));
  }

  /** The figures by "payload/implementation", such as "ONE/generated". */
  private static Map<String, Figures> figures(Collection<RunResult> results) {
    Map<String, Figures> figures = new TreeMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      String implementation = method.substring(method.lastIndexOf('.') + 1);
      String payload = result.getParams().getParam("payload");
      Result<?> primary = result.getPrimaryResult();
      double bytesPerOp = allocationPerOperation(result);
      figures.put(
          payload + "/" + implementation,
          new Figures(primary.getScore(), primary.getScoreError(), bytesPerOp));
    }
    return figures;
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
          .append(Ratios.twoDecimals(generated.opsPerSecond() / runtime.opsPerSecond()))
          .append("x** | ")
          .append(Ratios.whole(generated.bytesPerOp()))
          .append(" | ")
          .append(Ratios.whole(runtime.bytesPerOp()))
          .append(" | **")
          .append(Ratios.twoDecimals(generated.bytesPerOp() / runtime.bytesPerOp()))
          .append("x** | ")
          .append(withError(alone))
          .append(" | ")
          .append(Ratios.twoDecimals(alone.opsPerSecond() / runtime.opsPerSecond()))
          .append("x |\n");
    }
    return table.toString();
  }

  private static String withError(Figures figures) {
    return Ratios.whole(figures.opsPerSecond()) + " ± " + Ratios.whole(figures.error());
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
              .map(implementation -> figures.get(payload + "/" + implementation).error())
              .toList());
      charts.add(chart);
    }
    Charts.savePng(charts, png);
  }
}
