package dev.envelopes.processor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Wraps a processor so that the kind of element each of its errors lands on is recorded, by
 * message. The misuse corpus uses it to count distinct rule and element-kind pairs from what the
 * processor really did, instead of from what each case claims.
 */
final class ErrorElementRecorder implements Processor {

  private final Processor delegate;
  private final Map<String, Set<String>> elementKindsByMessage = new ConcurrentHashMap<>();

  ErrorElementRecorder(Processor delegate) {
    this.delegate = delegate;
  }

  /** The kinds of element ({@code CLASS}, {@code METHOD}, ...) each error message was put on. */
  Map<String, Set<String>> elementKindsByMessage() {
    return elementKindsByMessage;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    delegate.init(new RecordingEnvironment(environment));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private void record(Kind kind, CharSequence message, Element element) {
    if (kind == Kind.ERROR && element != null) {
      elementKindsByMessage
          .computeIfAbsent(message.toString(), unused -> ConcurrentHashMap.newKeySet())
          .add(element.getKind().name().toLowerCase(Locale.ROOT));
    }
  }

  /** The compiler's environment, but for a messager that records before it reports. */
  private final class RecordingEnvironment implements ProcessingEnvironment {

    private final ProcessingEnvironment environment;
    private final Messager messager;

    RecordingEnvironment(ProcessingEnvironment environment) {
      this.environment = environment;
      this.messager = new RecordingMessager(environment.getMessager());
    }

    @Override
    public Map<String, String> getOptions() {
      return environment.getOptions();
    }

    @Override
    public Messager getMessager() {
      return messager;
    }

    @Override
    public Filer getFiler() {
      return environment.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return environment.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return environment.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return environment.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return environment.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return environment.isPreviewEnabled();
    }
  }

  private final class RecordingMessager implements Messager {

    private final Messager messager;

    RecordingMessager(Messager messager) {
      this.messager = messager;
    }

    @Override
    public void printMessage(Kind kind, CharSequence message) {
      messager.printMessage(kind, message);
    }

    @Override
    public void printMessage(Kind kind, CharSequence message, Element element) {
      record(kind, message, element);
      messager.printMessage(kind, message, element);
    }

    @Override
    public void printMessage(
        Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
      record(kind, message, element);
      messager.printMessage(kind, message, element, annotation);
    }

    @Override
    public void printMessage(
        Kind kind,
        CharSequence message,
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value) {
      record(kind, message, element);
      messager.printMessage(kind, message, element, annotation, value);
    }
  }
}
