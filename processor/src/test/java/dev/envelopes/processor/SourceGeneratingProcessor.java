package dev.envelopes.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another annotation processor in the user's build: it generates one source in a given
 * round, so that tests can see how Envelopes treats types that appear only in that round.
 */
final class SourceGeneratingProcessor extends AbstractProcessor {

  private final int round;
  private final String qualifiedName;
  private final String source;
  private int current;

  /**
   * @param round the round to generate in, counted from 1
   * @param qualifiedName the qualified name of the type the source declares
   * @param source the source
   */
  SourceGeneratingProcessor(int round, String qualifiedName, String source) {
    this.round = round;
    this.qualifiedName = qualifiedName;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Called in every round, whatever the round's types carry.
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
    current++;
    if (current == round) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
