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
 * twin, and the medians are reported. The argument is the benchmarks module's folder.
 */
public final class HttpBenchmark {

  private static final int RUNS = 3;

  private HttpBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    try (BenchServer server = BenchServer.start(0)) {
      URI base = server.base();
      Wrk warmUp = new Wrk(1, 8, 3);
      Wrk wrk = new Wrk(1, 8, 4);
      for (SampleEndpoint endpoint : SampleEndpoint.ALL) {
        for (String side : BenchServer.SIDES) {
          warmUp.run(base.resolve(endpoint.path(side)), endpoint.headers());
        }
      }
      StringBuilder table =
          new StringBuilder(
              "`"
                  + wrk.settings()
                  + "`, medians of "
                  + RUNS
                  + " runs each, alternating.\n\n"
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
        + " | **"
        + Ratios.twoDecimals(generatedRps / runtimeRps)
        + "x** | "
        + Ratios.twoDecimals(generatedP99)
        + " | "
        + Ratios.twoDecimals(runtimeP99)
        + " | **"
        + Ratios.twoDecimals(generatedP99 / runtimeP99)
        + "x** |\n";
  }
}
