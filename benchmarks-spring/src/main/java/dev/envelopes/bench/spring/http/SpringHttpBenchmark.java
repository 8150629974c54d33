package dev.envelopes.bench.spring.http;

import dev.envelopes.bench.http.SideBySide;
import dev.envelopes.bench.http.Wrk;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.spring.server.SpringBenchServers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves the benchmarked controller both ways ({@link SpringBenchServers}) and loads each of its
 * endpoints ({@link SpringEndpoint}) with wrk from a second process on loopback: after a warm-up of
 * every endpoint on both sides, {@link SideBySide} alternates the runs between the generated glue
 * and the hand-written advice, as the Jakarta HTTP benchmark does. The argument is the Jakarta
 * benchmarks module's folder, where BENCHMARKS.md is.
 */
public final class SpringHttpBenchmark {

  /** Runs per side and endpoint: five, so that the range of the ratios shows the noise. */
  private static final int RUNS = 5;

  private SpringHttpBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    try (SpringBenchServers servers = SpringBenchServers.start(SpringBenchServers.SIDES)) {
      Wrk warmUp = new Wrk(1, 8, 3);
      Wrk wrk = new Wrk(1, 8, 5);
      for (SpringEndpoint endpoint : SpringEndpoint.ALL) {
        for (String side : SpringBenchServers.SIDES) {
          warmUp.run(servers.base(side).resolve(endpoint.path()), endpoint.load());
        }
      }
      StringBuilder table =
          new StringBuilder(
              SideBySide.method(wrk, RUNS)
                  + "\n\n| endpoint | answer | "
                  + SideBySide.HEADER
                  + " |\n| --- | --- | "
                  + SideBySide.ALIGNMENT
                  + " |\n");
      for (SpringEndpoint endpoint : SpringEndpoint.ALL) {
        SideBySide figures =
            SideBySide.measure(
                wrk,
                RUNS,
                servers.base("generated").resolve(endpoint.path()),
                servers.base("runtime").resolve(endpoint.path()),
                endpoint.load());
        System.out.println(endpoint.payload() + ": " + figures.summary());
        table
            .append("| `")
            .append(endpoint.load().method())
            .append(" /")
            .append(endpoint.path())
            .append("` | ")
            .append(endpoint.payload())
            .append(" | ")
            .append(figures.cells())
            .append(" |\n");
      }
      document.replace("spring-http", table.toString());
    }
  }
}
