package dev.envelopes.bench.http;

import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Ratios;
import dev.envelopes.bench.sample.SampleEndpoint;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the sample API both ways from one server ({@link BenchServer}) and loads each of its
 * benchmarked endpoints ({@link SampleEndpoint}) with wrk from a second process on loopback: after
 * a warm-up of every endpoint, the runs alternate between the generated endpoint and its runtime
 * twin. Each side's figures are the medians of its runs; each ratio is the median of the ratios of
 * the runs taken side by side, shown with their range, so that a difference can be told from the
 * machine's noise. The argument is the benchmarks module's folder.
 */
public final class HttpBenchmark {

  /** Runs per side and endpoint: five, so that the range of the ratios shows the noise. */
  private static final int RUNS = 5;

  private HttpBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    try (BenchServer server = BenchServer.start(0)) {
      URI base = server.base();
      Wrk warmUp = new Wrk(1, 8, 3);
      Wrk wrk = new Wrk(1, 8, 5);
      for (SampleEndpoint endpoint : SampleEndpoint.ALL) {
        for (String side : BenchServer.SIDES) {
          warmUp.run(base.resolve(endpoint.path(side)), endpoint.headers());
        }
      }
      StringBuilder table =
          new StringBuilder(
              "`"
                  + wrk.settings()
                  + "`, "
                  + RUNS
                  + " runs each, alternating; figures are medians, and each ratio is the median"
                  + " of the "
                  + RUNS
                  + " side-by-side runs' ratios, with their lowest and highest in brackets.\n\n"
                  + "| style | endpoint | payload | generated req/s | runtime req/s"
                  + " | **req/s generated/runtime** | generated p99, ms | runtime p99, ms"
                  + " | **p99 generated/runtime** |\n"
                  + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      for (SampleEndpoint endpoint : SampleEndpoint.ALL) {
        table.append(row(wrk, base, endpoint));
      }
      document.replace("http", table.toString());
    }
  }

  private static String row(Wrk wrk, URI base, SampleEndpoint endpoint)
      throws IOException, InterruptedException {
    List<Wrk.Result> generated = new ArrayList<>();
    List<Wrk.Result> runtime = new ArrayList<>();
    URI generatedUrl = base.resolve(endpoint.path("generated"));
    URI runtimeUrl = base.resolve(endpoint.path("runtime"));
    for (int run = 0; run < RUNS; run++) {
      if (run % 2 == 0) {
        generated.add(wrk.run(generatedUrl, endpoint.headers()));
        runtime.add(wrk.run(runtimeUrl, endpoint.headers()));
      } else {
        runtime.add(wrk.run(runtimeUrl, endpoint.headers()));
        generated.add(wrk.run(generatedUrl, endpoint.headers()));
      }
    }
    double generatedRps =
        Ratios.median(generated.stream().map(Wrk.Result::requestsPerSecond).toList());
    double runtimeRps = Ratios.median(runtime.stream().map(Wrk.Result::requestsPerSecond).toList());
    double generatedP99 = Ratios.median(generated.stream().map(Wrk.Result::p99Millis).toList());
    double runtimeP99 = Ratios.median(runtime.stream().map(Wrk.Result::p99Millis).toList());
    List<Double> rpsRatios = new ArrayList<>();
    List<Double> p99Ratios = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      rpsRatios.add(generated.get(run).requestsPerSecond() / runtime.get(run).requestsPerSecond());
      p99Ratios.add(generated.get(run).p99Millis() / runtime.get(run).p99Millis());
    }
    System.out.printf(
        "%s %s: generated %.0f req/s p99 %.2f ms, runtime %.0f req/s p99 %.2f ms%n",
        endpoint.style(), endpoint.payload(), generatedRps, generatedP99, runtimeRps, runtimeP99);
    return "| "
        + endpoint.style()
        + " | `/"
        + endpoint.path().replaceAll("cursor=[^&]+", "cursor=…")
        + "` | "
        + endpoint.payload()
        + " | "
        + Ratios.whole(generatedRps)
        + " | "
        + Ratios.whole(runtimeRps)
        + " | "
        + ratioWithRange(rpsRatios)
        + " | "
        + Ratios.twoDecimals(generatedP99)
        + " | "
        + Ratios.twoDecimals(runtimeP99)
        + " | "
        + ratioWithRange(p99Ratios)
        + " |\n";
  }

  /** The median of {@code ratios} in bold, then their lowest and highest. */
  private static String ratioWithRange(List<Double> ratios) {
    return "**"
        + Ratios.twoDecimals(Ratios.median(ratios))
        + "x** ("
        + Ratios.twoDecimals(ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        + "–"
        + Ratios.twoDecimals(ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        + ")";
  }
}
