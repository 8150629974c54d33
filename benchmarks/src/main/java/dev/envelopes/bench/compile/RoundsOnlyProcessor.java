package dev.envelopes.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The cheapest processor that generates a source: one empty class, in its first round. javac with
 * it on (b)'s sources measures what annotation processing itself costs (loading a processor, and
 * the extra rounds in which javac enters every compilation unit again), which any processor that
 * generates sources pays and Envelopes' own work cannot go below.
 */
public final class RoundsOnlyProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.envelopes.Enveloped");
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
    try (Writer writer =
        processingEnv.getFiler().createSourceFile("bench.rounds.Generated").openWriter()) {
      writer.write("package bench.rounds;\n\nfinal class Generated {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
