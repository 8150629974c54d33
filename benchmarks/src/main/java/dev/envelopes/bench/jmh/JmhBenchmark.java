package dev.envelopes.bench.jmh;

import dev.envelopes.Style;
import dev.envelopes.bench.jmh.JmhRounds.Figures;
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
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;

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
    results.forEach((key, rounds) -> figures.put(key, Figures.of(rounds)));
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
    return JmhRounds.options(EnvelopeBenchmark.class.getName() + "." + method + "$", ITERATIONS)
        .param("style", style.name())
        .param("payload", payload.name())
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

  private static String table(Map<String, Figures> figures) {
    StringBuilder table =
        new StringBuilder(
            "| style | payload | "
                + JmhRounds.COMPARISON_HEADER
                + " | ceiling: payload alone, streaming/runtime"
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
            .append(JmhRounds.comparison(generated, runtime))
            .append(" | ")
            .append(Ratios.twoDecimals(streaming.ratioTo(runtime)))
            .append("x | ")
            .append(Ratios.twoDecimals(filtersOnly.ratioTo(runtime)))
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
                + figuresAlone.withError()
                + " ops/s, "
                + Ratios.whole(figuresAlone.bytesPerOp())
                + " B/op");
      }
      table.append(String.join("; ", alone)).append(".\n");
    }
    return table.toString();
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
