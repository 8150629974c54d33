package dev.envelopes.bench.http;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.Style;
import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Ratios;
import dev.envelopes.bench.server.BenchServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves both implementations of every style from one Jersey server and loads each endpoint with
 * wrk from a second process on loopback: after a warm-up of every endpoint, the runs alternate
 * between the generated and the runtime endpoint of each style and payload, and the medians are
 * reported. The argument is the benchmarks module's folder.
 */
public final class HttpBenchmark {

  /** The payloads, by the name of the method that answers them. */
  static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

  static {
    PAYLOADS.put("one record", "one");
    PAYLOADS.put("list of 25", "list");
    PAYLOADS.put("page of 300", "page");
  }

  private static final List<String> SIDES = List.of("generated", "runtime");

  private static final int RUNS = 3;

  private HttpBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    BenchmarksDocument document = new BenchmarksDocument(Path.of(args[0]));
    HttpServer server = BenchServer.start(0);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      Wrk warmUp = new Wrk(1, 8, 3);
      Wrk wrk = new Wrk(1, 8, 4);
      for (Style style : Style.values()) {
        for (String method : PAYLOADS.values()) {
          for (String side : SIDES) {
            warmUp.run(base.resolve(Endpoints.path(side, style, method)));
          }
        }
      }
      StringBuilder table =
          new StringBuilder(
              "`"
                  + wrk.settings()
                  + "`, medians of "
                  + RUNS
                  + " runs each, alternating.\n\n"
                  + "| style | payload | generated req/s | runtime req/s"
                  + " | **req/s generated/runtime** | generated p99, ms | runtime p99, ms"
                  + " | **p99 generated/runtime** |\n"
                  + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
      for (Style style : Style.values()) {
        for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
          table.append(row(wrk, base, style, payload.getKey(), payload.getValue()));
        }
      }
      document.replace("http", table.toString());
    } finally {
      server.stop(0);
    }
  }

  private static String row(Wrk wrk, URI base, Style style, String payload, String method)
      throws IOException, InterruptedException {
    List<Wrk.Result> generated = new ArrayList<>();
    List<Wrk.Result> runtime = new ArrayList<>();
    URI generatedUrl = base.resolve(Endpoints.path("generated", style, method));
    URI runtimeUrl = base.resolve(Endpoints.path("runtime", style, method));
    for (int run = 0; run < RUNS; run++) {
      if (run % 2 == 0) {
        generated.add(wrk.run(generatedUrl));
        runtime.add(wrk.run(runtimeUrl));
      } else {
        runtime.add(wrk.run(runtimeUrl));
        generated.add(wrk.run(generatedUrl));
      }
    }
    double generatedRps =
        Ratios.median(generated.stream().map(Wrk.Result::requestsPerSecond).toList());
    double runtimeRps = Ratios.median(runtime.stream().map(Wrk.Result::requestsPerSecond).toList());
    double generatedP99 = Ratios.median(generated.stream().map(Wrk.Result::p99Millis).toList());
    double runtimeP99 = Ratios.median(runtime.stream().map(Wrk.Result::p99Millis).toList());
    System.out.printf(
        "%s %s: generated %.0f req/s p99 %.2f ms, runtime %.0f req/s p99 %.2f ms%n",
        style, payload, generatedRps, generatedP99, runtimeRps, runtimeP99);
    return "| "
        + style
        + " | "
        + payload
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
