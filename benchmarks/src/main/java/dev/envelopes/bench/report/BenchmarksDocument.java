package dev.envelopes.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * BENCHMARKS.md, whose figures each benchmark run replaces with its own: the text between {@code
 * <!-- name:start -->} and {@code <!-- name:end -->}.
 */
public final class BenchmarksDocument {

  private final Path file;

  public BenchmarksDocument(Path moduleDirectory) {
    this.file = moduleDirectory.resolve("BENCHMARKS.md");
  }

  /** The folder of BENCHMARKS.md, where the charts go. */
  public Path directory() {
    return file.getParent();
  }

  /** Replaces the figures of {@code section} with {@code figures}, dated and with the machine. */
  public void replace(String section, String figures) throws IOException {
    String start = "<!-- " + section + ":start -->";
    String end = "<!-- " + section + ":end -->";
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException(file + " has no section " + start + " ... " + end);
    }
    String stamped =
        "Measured "
            + LocalDate.now(ZoneOffset.UTC)
            + " on "
            + Machine.describe()
            + ".\n\n"
            + figures.strip()
            + "\n";
    Files.writeString(
        file,
        text.substring(0, from + start.length()) + "\n" + stamped + text.substring(to),
        StandardCharsets.UTF_8);
  }
}
