package dev.envelopes.bench.jmh;

import dev.envelopes.bench.report.Ratios;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How the JMH benchmarks (Jakarta's and Spring's) run one benchmark method in rounds, a fork of its
 * own in each, and what they make of the rounds' results: medians, half the range, and ratios of
 * rounds taken side by side.
 */
public final class JmhRounds {

  private JmhRounds() {}

  /**
   * One benchmark's figures over the rounds: operations per second (median), half the range of the
   * rounds' scores, bytes allocated per operation (median), and the score of each round.
   */
  public record Figures(
      double opsPerSecond, double halfRange, double bytesPerOp, List<Double> rounds) {

    /** The figures of one benchmark's rounds, in the order they ran. */
    public static Figures of(List<RunResult> rounds) {
      List<Double> scores = rounds.stream().map(r -> r.getPrimaryResult().getScore()).toList();
      List<Double> allocations = rounds.stream().map(JmhRounds::allocationPerOperation).toList();
      double halfRange = (Collections.max(scores) - Collections.min(scores)) / 2;
      return new Figures(Ratios.median(scores), halfRange, Ratios.median(allocations), scores);
    }

    /** The median over the rounds of this score divided by {@code other}'s in the same round. */
    public double ratioTo(Figures other) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < rounds.size(); round++) {
        ratios.add(rounds.get(round) / other.rounds().get(round));
      }
      return Ratios.median(ratios);
    }

    /** Operations per second, ± half the range of the rounds. */
    public String withError() {
      return Ratios.whole(opsPerSecond) + " ± " + Ratios.whole(halfRange);
    }
  }

  /** The header cells of {@link #comparison}. */
  public static final String COMPARISON_HEADER =
      "generated ops/s | runtime ops/s | **throughput generated/runtime** | generated B/op"
          + " | runtime B/op | **allocation generated/runtime**";

  /**
   * The table cells that compare {@code generated} with {@code runtime}: each side's throughput and
   * allocation, and their ratios, under {@link #COMPARISON_HEADER}.
   */
  public static String comparison(Figures generated, Figures runtime) {
    return generated.withError()
        + " | "
        + runtime.withError()
        + " | **"
        + Ratios.twoDecimals(generated.ratioTo(runtime))
        + "x** | "
        + Ratios.whole(generated.bytesPerOp())
        + " | "
        + Ratios.whole(runtime.bytesPerOp())
        + " | **"
        + Ratios.twoDecimals(generated.bytesPerOp() / runtime.bytesPerOp())
        + "x**";
  }

  /**
   * The options of one fork of the benchmark methods {@code include} matches, with {@code
   * iterations} warm-up and measured iterations of one second, and JMH's GC profiler.
   */
  public static OptionsBuilder options(String include, int iterations) {
    OptionsBuilder options = new OptionsBuilder();
    options
        .include(include)
        .forks(1)
        .warmupIterations(iterations)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(1))
        .timeUnit(TimeUnit.SECONDS)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    return options;
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
}
