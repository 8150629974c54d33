package dev.envelopes.processor.dialect.jakarta;

import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.DeclaredMediaTypes;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.dialect.ParameterBinding;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.read.Annotations;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Jakarta REST, as its specification defines resources: {@code @Path} on root resources and
 * sub-resource locators, HTTP methods as annotations meta-annotated {@code @HttpMethod}, parameters
 * bound by {@code @QueryParam} and its kin, the entity by no annotation at all.
 */
public final class JakartaRestDialect implements Dialect {

  private static final FrameworkWords WORDS = new JakartaRestWords();

  private final Annotations annotations;

  public JakartaRestDialect(Elements elements) {
    this.annotations = new Annotations(elements);
  }

  @Override
  public FrameworkWords words() {
    return WORDS;
  }

  @Override
  public String apiMarkerType() {
    return JakartaRestNames.FEATURE;
  }

  /** Jersey's, RESTEasy's and Quarkus REST's Jackson providers write with Jackson 2. */
  @Override
  public Optional<String> jackson3WriterType() {
    return Optional.empty();
  }

  @Override
  public boolean isFrameworkAnnotation(AnnotationMirror annotation) {
    return Annotations.nameOf(annotation).startsWith(JakartaRestNames.PACKAGE);
  }

  /** The value of the method's {@code @HttpMethod} meta-annotation: one at most. */
  @Override
  public List<String> httpMethodsOf(ExecutableElement method) {
    return Annotations.findMeta(method, JakartaRestNames.HTTP_METHOD)
        .map(httpMethod -> List.of(annotations.stringValue(httpMethod, "value")))
        .orElse(List.of());
  }

  /** Always: a Jakarta REST resource method's entity is the response body. */
  @Override
  public boolean writesReturnAsBody(TypeElement resource, ExecutableElement declaration) {
    return true;
  }

  @Override
  public Optional<String> pathOf(Element element) {
    return Annotations.find(element, JakartaRestNames.PATH)
        .map(
            path ->
                annotations.value(path, "value").getValue() instanceof String template
                    ? template
                    : "");
  }

  /** A {@code @Path} without an HTTP method. */
  @Override
  public boolean isSubResourceLocator(ExecutableElement method) {
    return httpMethodsOf(method).isEmpty()
        && Annotations.find(method, JakartaRestNames.PATH).isPresent();
  }

  @Override
  public Optional<DeclaredMediaTypes> producesOf(Element element) {
    return Annotations.find(element, JakartaRestNames.PRODUCES)
        .map(
            produces ->
                DeclaredMediaTypes.of(
                    annotations.stringsValue(produces, "value"), produces, "value"));
  }

  /**
   * By the last of its binding annotations; a parameter with none is the entity, the request body.
   */
  @Override
  public ParameterBinding bindingOf(VariableElement parameter) {
    Optional<String> defaultValue =
        Annotations.find(parameter, JakartaRestNames.DEFAULT_VALUE)
            .map(annotation -> annotations.stringValue(annotation, "value"));
    ParameterModel.Source source = ParameterModel.Source.BODY;
    String wireName = ParameterModel.BODY;
    for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (JakartaRestNames.NAMED_PARAMETERS.containsKey(name)) {
        source = JakartaRestNames.NAMED_PARAMETERS.get(name);
        wireName = annotations.stringValue(annotation, "value");
      } else if (JakartaRestNames.UNNAMED_PARAMETERS.containsKey(name)) {
        source = JakartaRestNames.UNNAMED_PARAMETERS.get(name);
        wireName = "";
      }
    }
    // A request without the value gives a parameter its type's empty value.
    return new ParameterBinding(source, wireName, defaultValue, ParameterModel.WithoutValue.EMPTY);
  }

  @Override
  public boolean bindsNamedRequestValue(AnnotationMirror annotation) {
    return JakartaRestNames.NAMED_PARAMETERS.containsKey(Annotations.nameOf(annotation));
  }

  /** None: a {@code Response} does not declare the type of its entity. */
  @Override
  public List<String> typedResponseTypes() {
    return List.of();
  }

  @Override
  public List<String> unwrappableTypes() {
    return JakartaRestNames.UNWRAPPABLE;
  }

  /** {@code WebApplicationException}, such as the 404 for a path no resource matches. */
  @Override
  public List<String> frameworkExceptions() {
    return List.of(JakartaRestNames.WEB_APPLICATION_EXCEPTION);
  }
}
