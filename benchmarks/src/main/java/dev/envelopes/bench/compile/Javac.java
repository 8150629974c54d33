package dev.envelopes.bench.compile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.envelopes.Page;
import jakarta.validation.Valid;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;

/**
 * Runs javac as a process of its own, as a build does, with what a user's API compiles against on
 * the class path: the annotations, Jakarta REST, Jackson and Jakarta Validation. Every warning is
 * an error, as in a strict build.
 */
final class Javac {

  private static final List<String> STRICT_OPTIONS =
      List.of("--release", "17", "-Xlint:all,-processing", "-Werror", "-encoding", "UTF-8");

  private final String classPath =
      jarsOf(
          Page.class,
          Response.class,
          JsonProperty.class,
          JsonGenerator.class,
          ObjectMapper.class,
          Valid.class);

  private final String processorPath = jarsOf(processorClass(), JavaFile.class, Page.class);

  private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");

  /**
   * Compiles {@code sources} with Envelopes on the processor path, generated sources into {@code
   * generated}; answers the milliseconds the process took.
   */
  double withProcessor(List<Path> sources, Path out, Path generated)
      throws IOException, InterruptedException {
    Files.createDirectories(generated);
    return run(sources, out, List.of("-processorpath", processorPath, "-s", generated.toString()));
  }

  /**
   * Compiles {@code sources} with {@link RoundsOnlyProcessor}, generated sources into {@code
   * generated}; answers the milliseconds the process took.
   */
  double withRoundsOnly(List<Path> sources, Path out, Path generated)
      throws IOException, InterruptedException {
    return withBenchProcessor(RoundsOnlyProcessor.class, List.of(), sources, out, generated);
  }

  /**
   * Compiles {@code sources} with {@link ReplayProcessor} writing again the sources in {@code
   * replayed}, generated sources into {@code generated}; answers the milliseconds the process took.
   */
  double withReplay(List<Path> sources, Path replayed, Path out, Path generated)
      throws IOException, InterruptedException {
    return withBenchProcessor(
        ReplayProcessor.class,
        List.of("-A" + ReplayProcessor.FROM + "=" + replayed),
        sources,
        out,
        generated);
  }

  /** Compiles {@code sources} with one of this module's processors and its {@code options}. */
  private double withBenchProcessor(
      Class<? extends Processor> processor,
      List<String> options,
      List<Path> sources,
      Path out,
      Path generated)
      throws IOException, InterruptedException {
    Files.createDirectories(generated);
    List<String> processing =
        new ArrayList<>(
            List.of(
                "-processorpath",
                locationOf(processor),
                "-processor",
                processor.getName(),
                "-s",
                generated.toString()));
    processing.addAll(options);
    return run(sources, out, processing);
  }

  /** Compiles {@code sources} with no annotation processing; answers the milliseconds it took. */
  double withoutProcessor(List<Path> sources, Path out) throws IOException, InterruptedException {
    return run(sources, out, List.of("-proc:none"));
  }

  /** The Java sources under {@code folder}, in a stable order. */
  static List<Path> javaSourcesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private double run(List<Path> sources, Path out, List<String> processing)
      throws IOException, InterruptedException {
    Files.createDirectories(out);
    Path arguments = out.resolveSibling(out.getFileName() + ".sources");
    Files.write(arguments, sources.stream().map(Object::toString).toList());
    List<String> command = new ArrayList<>(List.of(javac.toString()));
    command.addAll(STRICT_OPTIONS);
    command.addAll(processing);
    command.addAll(List.of("-classpath", classPath, "-d", out.toString(), "@" + arguments));
    Path log = out.resolveSibling(out.getFileName() + ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(
          "javac failed ("
              + exit
              + "): "
              + String.join(" ", command)
              + "\n"
              + Files.readString(log));
    }
    return millis;
  }

  /**
   * The processor's entry class, looked up by name: a compile-time reference would make javac read
   * its {@code @AutoService}, which is not on this module's class path.
   */
  private static Class<?> processorClass() {
    try {
      return Class.forName("dev.envelopes.processor.EnvelopesProcessor");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the processor is not on the class path", e);
    }
  }

  /** The jar or classes folder of each class, as a path list. */
  private static String jarsOf(Class<?>... classes) {
    return Stream.of(classes)
        .map(Javac::locationOf)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }
}
