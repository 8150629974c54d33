package dev.envelopes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A one-line description of the machine a benchmark ran on, for the figures it reports. */
public final class Machine {

  private Machine() {}

  public static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return cpuModel()
        + ", "
        + runtime.availableProcessors()
        + " cores, "
        + memoryGib()
        + " GiB; "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + "; "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version");
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
  }

  private static String memoryGib() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(kb -> String.valueOf(Math.round(Long.parseLong(kb.split(" ")[0]) / 1024.0 / 1024.0)))
        .orElse("?");
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException unreadable) {
      return java.util.Optional.empty();
    }
  }
}
