package dev.envelopes.bench.http;

import dev.envelopes.bench.report.Ratios;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One endpoint loaded by wrk on the generated side and on its runtime twin, in runs that alternate
 * between them (the first side of each pair changes every run), so that the machine's changing
 * load falls on both alike. Each side's figures are the medians of its runs; each ratio is the
 * median of the ratios of the runs taken side by side, shown with their range, so that a difference
 * can be told from the machine's noise. Both HTTP benchmarks, Jakarta and Spring, measure so.
 */
public final class SideBySide {

  /** The header cells of {@link #cells()}, the figures of a table row. */
  public static final String HEADER =
      "generated req/s | runtime req/s | **req/s generated/runtime** | generated p99, ms"
          + " | runtime p99, ms | **p99 generated/runtime**";

  /** The alignment cells under {@link #HEADER}. */
  public static final String ALIGNMENT = "---: | ---: | ---: | ---: | ---: | ---:";

  private final List<Wrk.Result> generated;
  private final List<Wrk.Result> runtime;

  private SideBySide(List<Wrk.Result> generated, List<Wrk.Result> runtime) {
    this.generated = List.copyOf(generated);
    this.runtime = List.copyOf(runtime);
  }

  /** Loads {@code generatedUrl} and {@code runtimeUrl} with {@code load}, {@code runs} times each. */
  public static SideBySide measure(
      Wrk wrk, int runs, URI generatedUrl, URI runtimeUrl, Wrk.Load load)
      throws IOException, InterruptedException {
    List<Wrk.Result> generated = new ArrayList<>();
    List<Wrk.Result> runtime = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      if (run % 2 == 0) {
        generated.add(wrk.run(generatedUrl, load));
        runtime.add(wrk.run(runtimeUrl, load));
      } else {
        runtime.add(wrk.run(runtimeUrl, load));
        generated.add(wrk.run(generatedUrl, load));
      }
    }
    return new SideBySide(generated, runtime);
  }

  /** The sentence that says how the figures of a table of such rows were taken. */
  public static String method(Wrk wrk, int runs) {
    return "`"
        + wrk.settings()
        + "`, "
        + runs
        + " runs each, alternating; figures are medians, and each ratio is the median of the "
        + runs
        + " side-by-side runs' ratios, with their lowest and highest in brackets.";
  }

  /** The figures, as the cells under {@link #HEADER}. */
  public String cells() {
    return Ratios.whole(median(generated, Wrk.Result::requestsPerSecond))
        + " | "
        + Ratios.whole(median(runtime, Wrk.Result::requestsPerSecond))
        + " | "
        + ratioWithRange(Wrk.Result::requestsPerSecond)
        + " | "
        + Ratios.twoDecimals(median(generated, Wrk.Result::p99Millis))
        + " | "
        + Ratios.twoDecimals(median(runtime, Wrk.Result::p99Millis))
        + " | "
        + ratioWithRange(Wrk.Result::p99Millis);
  }

  /** A line for the console while the benchmark runs. */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "generated %.0f req/s p99 %.2f ms, runtime %.0f req/s p99 %.2f ms",
        median(generated, Wrk.Result::requestsPerSecond),
        median(generated, Wrk.Result::p99Millis),
        median(runtime, Wrk.Result::requestsPerSecond),
        median(runtime, Wrk.Result::p99Millis));
  }

  private static double median(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> figure) {
    return Ratios.median(results.stream().map(figure::applyAsDouble).toList());
  }

  /** The median of the runs' ratios of {@code figure} in bold, then their lowest and highest. */
  private String ratioWithRange(ToDoubleFunction<Wrk.Result> figure) {
    List<Double> ratios = new ArrayList<>();
    for (int run = 0; run < generated.size(); run++) {
      ratios.add(figure.applyAsDouble(generated.get(run)) / figure.applyAsDouble(runtime.get(run)));
    }
    return "**"
        + Ratios.twoDecimals(Ratios.median(ratios))
        + "x** ("
        + Ratios.twoDecimals(ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        + "–"
        + Ratios.twoDecimals(ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        + ")";
  }
}
