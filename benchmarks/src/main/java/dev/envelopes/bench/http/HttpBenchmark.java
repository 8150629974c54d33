package dev.envelopes.bench.http;

import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.sample.SampleEndpoint;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Serves the sample API both ways from one server ({@link BenchServer}) and loads each of its
 * benchmarked endpoints ({@link SampleEndpoint}) with wrk from a second process on loopback: after
 * a warm-up of every endpoint, {@link SideBySide} alternates the runs between the generated
 * endpoint and its runtime twin. The argument is the benchmarks module's folder.
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
              SideBySide.method(wrk, RUNS)
                  + "\n\n| style | endpoint | payload | "
                  + SideBySide.HEADER
                  + " |\n| --- | --- | --- | "
                  + SideBySide.ALIGNMENT
                  + " |\n");
      for (SampleEndpoint endpoint : SampleEndpoint.ALL) {
        table.append(row(wrk, base, endpoint));
      }
      document.replace("http", table.toString());
    }
  }

  private static String row(Wrk wrk, URI base, SampleEndpoint endpoint)
      throws IOException, InterruptedException {
    SideBySide figures =
        SideBySide.measure(
            wrk,
            RUNS,
            base.resolve(endpoint.path("generated")),
            base.resolve(endpoint.path("runtime")),
            Wrk.Load.get(endpoint.headers()));
    System.out.println(endpoint.style() + " " + endpoint.payload() + ": " + figures.summary());
    return "| "
        + endpoint.style()
        + " | `/"
        + endpoint.path().replaceAll("cursor=[^&]+", "cursor=…")
        + "` | "
        + endpoint.payload()
        + " | "
        + figures.cells()
        + " |\n";
  }
}
