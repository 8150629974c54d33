package dev.envelopes.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that writes, through javac's {@code Filer} in its first round, exactly the sources
 * Envelopes generated for the same API (read from the folder in the {@value #FROM} option), and
 * does nothing else. javac with it on the annotated sources pays everything javac charges for
 * receiving those sources from a processor (creating each file, parsing it, and the extra rounds
 * that enter every compilation unit again) and nothing of Envelopes' own reading, checking and
 * writing; so it is the floor under (a) for this output, whatever processor produced it.
 */
public final class ReplayProcessor extends AbstractProcessor {

  /** The option naming the folder of generated sources to write again. */
  static final String FROM = "replay.from";

  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.envelopes.Enveloped");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(FROM);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    Path from = Path.of(processingEnv.getOptions().get(FROM));
    try {
      for (Path source : Javac.javaSourcesIn(from)) {
        replay(from, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  /** Writes {@code source} again under the name its path under {@code from} gives it. */
  private void replay(Path from, Path source) throws IOException {
    String relative = from.relativize(source).toString();
    String name =
        relative
            .substring(0, relative.length() - ".java".length())
            .replace(source.getFileSystem().getSeparator(), ".");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      writer.write(text);
    }
  }
}
