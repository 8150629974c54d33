package dev.envelopes.bench.compile;

import dev.envelopes.bench.report.BenchmarksDocument;
import dev.envelopes.bench.report.Charts;
import dev.envelopes.bench.report.Ratios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Times javac on synthetic APIs of several sizes: (a) with the processor on the annotated sources,
 * (b) without it on the same sources plus what (a) generated, (c) on (b)'s sources with {@link
 * RoundsOnlyProcessor}, the floor any source-generating processor pays, and (d) on (a)'s sources
 * with {@link ReplayProcessor} writing (a)'s output again, the floor under (a) for this output; and
 * on the annotated sources alone, (e) without a processor and (f) with {@link RoundsOnlyProcessor}:
 * what a processor's second round costs on the user's code, before any generated code is added to
 * it. Each is a whole process; the runs take the six in turn, each run starting with the next, so
 * that the machine's load falls on all alike, and the medians are reported. Arguments: the
 * benchmarks module's folder, then optionally the sizes ("100,1000,5000") and the runs per size.
 */
public final class CompileTimeBenchmark {

  /** The medians of one size, in milliseconds. */
  public record Timing(
      int methods,
      int sources,
      int generatedSources,
      long generatedLines,
      int runs,
      double with,
      double without,
      double roundsOnly,
      double replay,
      double sourcesAlone,
      double roundsOnlyOnSources) {

    public double ratio() {
      return with / without;
    }

    /**
     * (a) over (c): what Envelopes costs beyond the floor any source-generating processor pays on
     * the same code.
     */
    public double ratioOverRoundsOnly() {
      return with / roundsOnly;
    }

    /**
     * The floor of {@link #ratio}: what annotation processing itself adds, with a processor that
     * does nothing but generate one empty class.
     */
    public double roundsOnlyRatio() {
      return roundsOnly / without;
    }

    /**
     * What javac charges for receiving exactly (a)'s generated sources from a processor: the floor
     * under {@link #ratio} for this output.
     */
    public double replayRatio() {
      return replay / without;
    }

    /**
     * What a processor that generates anything costs on the user's code alone, (f)/(e): the floor
     * of {@link #replayRatio} for an API with no generated code at all.
     */
    public double sourcesAloneRatio() {
      return roundsOnlyOnSources / sourcesAlone;
    }

    /**
     * What the extra round charges for the generated code alone, against compiling it: (c) less
     * (f), over (b) less (e). {@link #replayRatio} lies between this and {@link
     * #sourcesAloneRatio}, nearer this the more of the code is generated.
     */
    public double generatedCodeRatio() {
      return (roundsOnly - roundsOnlyOnSources) / (without - sourcesAlone);
    }

    /** Generated lines per annotated method. */
    public double generatedLinesPerMethod() {
      return (double) generatedLines / methods;
    }

    /** Envelopes' own share of {@link #ratio}: (a) less the replay of its output, over (b). */
    public double ownShare() {
      return (with - replay) / without;
    }

    /** What the processor adds per method. */
    public double overheadPerMethod() {
      return (with - without) / methods;
    }
  }

  private CompileTimeBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path module = Path.of(args[0]);
    List<Integer> sizes =
        Stream.of((args.length > 1 ? args[1] : "100,1000,5000").split(","))
            .map(Integer::valueOf)
            .toList();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    // The largest API's runs take minutes each; three give a median and keep the run short.
    int runsOfLargest = Math.min(runs, 3);
    Path work = module.resolve("target/compile-time");
    List<Timing> timings = new ArrayList<>();
    for (int methods : sizes) {
      Timing timing =
          measure(
              work.resolve(String.valueOf(methods)),
              methods,
              methods >= 5_000 ? runsOfLargest : runs);
      System.out.println(timing);
      timings.add(timing);
    }
    BenchmarksDocument document = new BenchmarksDocument(module);
    document.replace("compile-time", table(timings));
    chart(timings, document.directory().resolve("compile-time.png"));
  }

  /**
   * Writes an API of {@code methods} methods under {@code work} and times the six compilations
   * {@code runs} times each, after one untimed compilation with the processor that also gives (b)
   * and (d) its generated sources.
   */
  public static Timing measure(Path work, int methods, int runs)
      throws IOException, InterruptedException {
    deleteRecursively(work);
    List<Path> sources = SyntheticApi.write(work.resolve("src"), methods);
    Javac javac = new Javac();
    Path generated = work.resolve("generated");
    javac.withProcessor(sources, work.resolve("warm-up"), generated);
    List<Path> all = new ArrayList<>(sources);
    List<Path> generatedSources = Javac.javaSourcesIn(generated);
    all.addAll(generatedSources);
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> roundsOnly = new ArrayList<>();
    List<Double> replay = new ArrayList<>();
    List<Double> sourcesAlone = new ArrayList<>();
    List<Double> roundsOnlyOnSources = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Path out = work.resolve("run-" + run);
      // The six in turn, starting each run with the next, so that none always goes first.
      for (int step = 0; step < 6; step++) {
        switch ((run + step) % 6) {
          case 0 ->
              with.add(javac.withProcessor(sources, out.resolve("a"), out.resolve("a-generated")));
          case 1 -> without.add(javac.withoutProcessor(all, out.resolve("b")));
          case 2 ->
              roundsOnly.add(
                  javac.withRoundsOnly(all, out.resolve("c"), out.resolve("c-generated")));
          case 3 ->
              replay.add(
                  javac.withReplay(
                      sources, generated, out.resolve("d"), out.resolve("d-generated")));
          case 4 -> sourcesAlone.add(javac.withoutProcessor(sources, out.resolve("e")));
          default ->
              roundsOnlyOnSources.add(
                  javac.withRoundsOnly(sources, out.resolve("f"), out.resolve("f-generated")));
        }
      }
    }
    return new Timing(
        methods,
        sources.size(),
        generatedSources.size(),
        linesIn(generatedSources),
        runs,
        Ratios.median(with),
        Ratios.median(without),
        Ratios.median(roundsOnly),
        Ratios.median(replay),
        Ratios.median(sourcesAlone),
        Ratios.median(roundsOnlyOnSources));
  }

  /** The lines of {@code sources}, all together. */
  private static long linesIn(List<Path> sources) throws IOException {
    long lines = 0;
    for (Path source : sources) {
      try (Stream<String> text = Files.lines(source)) {
        lines += text.count();
      }
    }
    return lines;
  }

  private static String table(List<Timing> timings) {
    StringBuilder table =
        new StringBuilder(
            "| methods | sources | generated sources | generated lines a method | runs"
                + " | (a) with processor, ms | (b) without, on sources + generated, ms"
                + " | (c) one empty class, ms | (d) replaying (a)'s output, ms"
                + " | (e) without, on sources alone, ms | (f) one empty class, on sources alone, ms"
                + " | **a/b** | a/c | c/b | d/b | Envelopes' own (a-d)/b | (a-b)/method, ms"
                + " | f/e | (c-f)/(b-e) |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
                + " ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Timing timing : timings) {
      List<String> cells =
          List.of(
              String.valueOf(timing.methods()),
              String.valueOf(timing.sources()),
              String.valueOf(timing.generatedSources()),
              Ratios.whole(timing.generatedLinesPerMethod()),
              String.valueOf(timing.runs()),
              Ratios.whole(timing.with()),
              Ratios.whole(timing.without()),
              Ratios.whole(timing.roundsOnly()),
              Ratios.whole(timing.replay()),
              Ratios.whole(timing.sourcesAlone()),
              Ratios.whole(timing.roundsOnlyOnSources()),
              "**" + Ratios.twoDecimals(timing.ratio()) + "**",
              Ratios.twoDecimals(timing.ratioOverRoundsOnly()),
              Ratios.twoDecimals(timing.roundsOnlyRatio()),
              Ratios.twoDecimals(timing.replayRatio()),
              Ratios.twoDecimals(timing.ownShare()),
              Ratios.twoDecimals(timing.overheadPerMethod()),
              Ratios.twoDecimals(timing.sourcesAloneRatio()),
              Ratios.twoDecimals(timing.generatedCodeRatio()));
      table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return table.toString();
  }

  private static void chart(List<Timing> timings, Path png) throws IOException {
    List<Integer> methods = timings.stream().map(Timing::methods).toList();
    XYChart seconds =
        new XYChartBuilder()
            .width(600)
            .height(450)
            .title("javac, whole process (median)")
            .xAxisTitle("annotated resource methods")
            .yAxisTitle("seconds")
            .build();
    seconds.addSeries(
        "(a) with processor", methods, timings.stream().map(t -> t.with() / 1000).toList());
    seconds.addSeries(
        "(b) without, sources + generated",
        methods,
        timings.stream().map(t -> t.without() / 1000).toList());
    XYChart ratio =
        new XYChartBuilder()
            .width(600)
            .height(450)
            .title("Processor overhead a/b (target <= 1.10)")
            .xAxisTitle("annotated resource methods")
            .yAxisTitle("a/b")
            .build();
    ratio.addSeries("a/b", methods, timings.stream().map(Timing::ratio).toList());
    ratio.addSeries(
        "c/b: a processor that only generates one class",
        methods,
        timings.stream().map(Timing::roundsOnlyRatio).toList());
    ratio.addSeries(
        "d/b: a processor that only writes (a)'s output again",
        methods,
        timings.stream().map(Timing::replayRatio).toList());
    ratio.addSeries(
        "f/e: one class, on the user's sources alone",
        methods,
        timings.stream().map(Timing::sourcesAloneRatio).toList());
    ratio
        .addSeries(
            "target", List.of(methods.get(0), methods.get(methods.size() - 1)), List.of(1.10, 1.10))
        .setMarker(SeriesMarkers.NONE);
    Charts.savePng(List.of(seconds, ratio), png);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
