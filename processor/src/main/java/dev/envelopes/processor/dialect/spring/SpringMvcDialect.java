package dev.envelopes.processor.dialect.spring;

import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.dialect.DeclaredMediaTypes;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.dialect.ParameterBinding;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ParameterModel.Source;
import dev.envelopes.processor.read.Annotations;
import dev.envelopes.processor.read.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Spring MVC, as its annotations define handlers, and what Envelopes decided where Spring allows
 * more than one envelope can answer:
 *
 * <ul>
 *   <li><b>Controllers.</b> A class is a root resource when it is a {@code @RestController} or a
 *       {@code @Controller}, at the path of its own {@code @RequestMapping}, or at the root without
 *       one. A {@code @Controller} method answers with its body only when it or its class (or a
 *       supertype) carries {@code @ResponseBody}; otherwise Spring renders a view, which Envelopes
 *       reports on an enveloped method. A {@code @RequestMapping} on a class without a controller
 *       stereotype serves nothing since Spring Framework 6, so such a class has no path.
 *   <li><b>HTTP methods.</b> From {@code @GetMapping}, {@code @PostMapping}, {@code @PutMapping},
 *       {@code @PatchMapping}, {@code @DeleteMapping}, or {@code @RequestMapping(method = ...)},
 *       directly or through a composed annotation of the user's, with those of the class's
 *       {@code @RequestMapping}, which Spring adds to them. A {@code @RequestMapping} without a
 *       method answers every HTTP method, and one with several answers each: both are read as those
 *       methods, which the validator reports, since an envelope, its status and its paging are
 *       chosen for one.
 *   <li><b>Paths.</b> {@code value} or its alias {@code path}, on the class and the method, in
 *       Spring's templates ({@code {id}}, {@code {id:[0-9]+}}); where several paths are given, the
 *       first.
 *   <li><b>Parameters.</b> {@code @RequestParam} (its {@code name} or {@code value}, else the Java
 *       name; {@code defaultValue}; {@code required}), {@code @PathVariable},
 *       {@code @RequestHeader}, {@code @CookieValue}, {@code @MatrixVariable},
 *       {@code @RequestPart}, {@code @RequestBody} (the body), {@code @ModelAttribute} (grouped);
 *       {@code @Valid} and {@code @Validated} bind nothing by themselves. A parameter of a type
 *       Spring hands a handler itself ({@code HttpServletRequest}, {@code WebRequest}, {@code
 *       Principal}, {@code HttpHeaders}, {@code UriComponentsBuilder}, ...) is supplied by the
 *       framework. A parameter without annotation of a simple type ({@code
 *       BeanUtils.isSimpleValueType}: numbers, strings, enums, dates...) is, as Spring binds it,
 *       the optional request parameter of its Java name (so the build must keep parameter names, as
 *       Spring requires); any other parameter without annotation is a model attribute, grouped.
 *       Spring refuses a request that lacks a required value, and passes {@code null} for an
 *       optional one, even to a primitive: paging parameters therefore need a {@code defaultValue}.
 *   <li><b>Returns.</b> {@code CompletableFuture<T>} and {@code CompletionStage<T>} are completed
 *       and their {@code T} enveloped. {@code ResponseEntity<T>} (and {@code HttpEntity<T>}) is the
 *       framework's response with a typed body: the body {@code T} is enveloped as a returned
 *       {@code T} would be, and the entity's status and headers are kept; one whose body type
 *       cannot be seen ({@code ResponseEntity<?>}, a raw {@code ResponseEntity}) is a misuse.
 *       {@code DeferredResult}, {@code Callable}, {@code WebAsyncTask}, streams, reactive
 *       publishers, views and {@code ProblemDetail} cannot be enveloped for now: return a {@code
 *       CompletableFuture<T>} instead of the asynchronous ones.
 * </ul>
 */
public final class SpringMvcDialect implements Dialect {

  private static final FrameworkWords WORDS = new SpringMvcWords();

  private final Annotations annotations;
  private final Elements elements;
  private final Types types;

  /** Spring's types that bind parameters, resolved when a parameter is first read. */
  private BindingTypes bindingTypes;

  /**
   * The erasures of the types by which Spring binds a parameter without annotation, or a map of
   * them: resolving them costs a build that has no Spring controller, so it waits until one is
   * read.
   */
  private record BindingTypes(
      List<TypeMirror> frameworkSupplied,
      List<TypeMirror> simpleValueTypes,
      List<TypeMirror> maps,
      List<TypeMirror> httpEntity) {}

  public SpringMvcDialect(Elements elements, Types types) {
    this.annotations = new Annotations(elements);
    this.elements = elements;
    this.types = types;
  }

  private BindingTypes bindingTypes() {
    if (bindingTypes == null) {
      bindingTypes =
          new BindingTypes(
              erasures(SpringMvcNames.FRAMEWORK_SUPPLIED),
              erasures(SpringMvcNames.SIMPLE_VALUE_TYPES),
              erasures(
                  List.of(
                      "java.util.Map",
                      "org.springframework.util.MultiValueMap",
                      "org.springframework.http.HttpHeaders")),
              erasures(List.of(SpringMvcNames.HTTP_ENTITY)));
    }
    return bindingTypes;
  }

  @Override
  public FrameworkWords words() {
    return WORDS;
  }

  @Override
  public String apiMarkerType() {
    return SpringMvcNames.RESPONSE_BODY_ADVICE;
  }

  /** Where Spring's Jackson 3 converter is, Spring Boot 4 writes JSON with Jackson 3. */
  @Override
  public Optional<String> jackson3WriterType() {
    return Optional.of(SpringMvcNames.JACKSON_3_CONVERTER);
  }

  /** Spring MVC's mapping and binding annotations, and the {@code @Controller} stereotype. */
  @Override
  public boolean isFrameworkAnnotation(AnnotationMirror annotation) {
    String name = Annotations.nameOf(annotation);
    return name.startsWith(SpringMvcNames.PACKAGE) || name.equals(SpringMvcNames.CONTROLLER);
  }

  /**
   * Those of its mapping, and, as Spring combines them, those its class's
   * {@code @RequestMapping(method = ...)} adds; every one where neither names any.
   */
  @Override
  public List<String> httpMethodsOf(ExecutableElement method) {
    Optional<AnnotationMirror> mapping = mappingOf(method);
    if (mapping.isEmpty()) {
      return List.of();
    }
    List<String> methods = new ArrayList<>();
    addHttpMethods(mapping.get(), methods);
    mappingOf(method.getEnclosingElement()).ifPresent(onClass -> addHttpMethods(onClass, methods));
    return methods.isEmpty() ? SpringMvcNames.ALL_HTTP_METHODS : List.copyOf(methods);
  }

  /** Adds the HTTP methods {@code mapping} names to {@code methods}, each once. */
  private void addHttpMethods(AnnotationMirror mapping, List<String> methods) {
    String shortcut = SpringMvcNames.SHORTCUT_MAPPINGS.get(Annotations.nameOf(mapping));
    List<String> named = new ArrayList<>();
    if (shortcut != null) {
      named.add(shortcut);
    } else if (annotations.value(mapping, "method").getValue() instanceof List<?> values) {
      values.forEach(value -> named.add(String.valueOf(((AnnotationValue) value).getValue())));
    }
    named.stream().filter(name -> !methods.contains(name)).forEach(methods::add);
  }

  /**
   * A class's path: its {@code @RequestMapping}'s, or the root for a controller without one; none
   * for a class that is not a controller. A method's: its mapping's, if it gives one.
   */
  @Override
  public Optional<String> pathOf(Element element) {
    if (element instanceof TypeElement type) {
      if (!isController(type)) {
        return Optional.empty();
      }
      return Optional.of(mappingOf(type).flatMap(this::pathOfMapping).orElse(""));
    }
    return mappingOf(element).flatMap(this::pathOfMapping);
  }

  private Optional<String> pathOfMapping(AnnotationMirror mapping) {
    for (String attribute : List.of("value", "path")) {
      Object value = annotations.value(mapping, attribute).getValue();
      if (value instanceof List<?> paths && !paths.isEmpty()) {
        Object first = ((AnnotationValue) paths.get(0)).getValue();
        return Optional.of(first instanceof String template ? template : "");
      }
    }
    return Optional.empty();
  }

  /** Never: Spring MVC has no sub-resource locators. */
  @Override
  public boolean isSubResourceLocator(ExecutableElement method) {
    return false;
  }

  /** By {@code @ResponseBody} on the method, or on the class or a supertype of it. */
  @Override
  public boolean writesReturnAsBody(TypeElement resource, ExecutableElement declaration) {
    return carries(declaration, SpringMvcNames.RESPONSE_BODY)
        || Hierarchy.withSupertypes(resource).stream()
            .anyMatch(type -> carries(type, SpringMvcNames.RESPONSE_BODY));
  }

  /** The mapping's {@code produces}, the method's where it gives any, else its class's. */
  @Override
  public Optional<DeclaredMediaTypes> producesOf(Element element) {
    return mappingOf(element)
        .map(
            mapping ->
                DeclaredMediaTypes.of(
                    annotations.stringsValue(mapping, "produces"), mapping, "produces"))
        .filter(declared -> !declared.types().isEmpty());
  }

  /**
   * By its binding annotation; without one, by its type, as Spring resolves it: supplied by the
   * framework, a request parameter of its Java name, the body of an {@code HttpEntity}, or else a
   * model attribute.
   */
  @Override
  public ParameterBinding bindingOf(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      Source named = SpringMvcNames.NAMED_PARAMETERS.get(name);
      Source unnamed = SpringMvcNames.UNNAMED_PARAMETERS.get(name);
      if (named != null) {
        return namedBinding(parameter, annotation, named);
      } else if (unnamed == Source.BODY) {
        return new ParameterBinding(
            Source.BODY,
            ParameterModel.BODY,
            Optional.empty(),
            withoutValue(type, required(annotation)));
      } else if (unnamed != null) {
        return unbound(unnamed, "");
      }
    }
    if (isAny(type, bindingTypes().frameworkSupplied())) {
      return unbound(Source.FRAMEWORK, "");
    } else if (isSimpleValue(type)) {
      return new ParameterBinding(
          Source.QUERY,
          parameter.getSimpleName().toString(),
          Optional.empty(),
          withoutValue(type, false));
    } else if (isAny(type, bindingTypes().httpEntity())) {
      return unbound(Source.BODY, ParameterModel.BODY);
    }
    return unbound(Source.GROUPED, "");
  }

  private ParameterBinding namedBinding(
      VariableElement parameter, AnnotationMirror annotation, Source source) {
    TypeMirror type = parameter.asType();
    String name = Annotations.nameOf(annotation);
    boolean wholeMap = isAny(type, bindingTypes().maps());
    if (wholeMap && name.equals(SpringMvcNames.REQUEST_PARAM)) {
      // Every request parameter, some of which the model does not see.
      return unbound(Source.GROUPED, "");
    } else if (wholeMap && name.equals(SpringMvcNames.REQUEST_HEADER)) {
      return unbound(Source.FRAMEWORK, "");
    }
    String wireName = "";
    for (String attribute : List.of("value", "name")) {
      if (wireName.isEmpty() && hasValue(annotation, attribute)) {
        wireName = Objects.toString(annotations.value(annotation, attribute).getValue(), "");
      }
    }
    Optional<String> defaultValue =
        hasValue(annotation, "defaultValue")
            ? Optional.of(annotations.stringValue(annotation, "defaultValue"))
                .filter(value -> !value.equals(SpringMvcNames.DEFAULT_NONE))
            : Optional.empty();
    return new ParameterBinding(
        source,
        wireName.isEmpty() ? parameter.getSimpleName().toString() : wireName,
        defaultValue,
        withoutValue(type, required(annotation)));
  }

  private static ParameterBinding unbound(Source source, String wireName) {
    return new ParameterBinding(
        source, wireName, Optional.empty(), ParameterModel.WithoutValue.EMPTY);
  }

  /**
   * What Spring gives a parameter of {@code type} when the request lacks its value and it declares
   * no default: it refuses the request if the value is required; else {@code null}, which a
   * primitive other than {@code boolean} cannot take. An {@code Optional} is never required.
   */
  private static ParameterModel.WithoutValue withoutValue(TypeMirror type, boolean required) {
    if (required && !Annotations.isType(type, "java.util.Optional")) {
      return ParameterModel.WithoutValue.REFUSED;
    }
    return type.getKind().isPrimitive() && type.getKind() != TypeKind.BOOLEAN
        ? ParameterModel.WithoutValue.NULL
        : ParameterModel.WithoutValue.EMPTY;
  }

  /** Its {@code required}, true by default; true for an annotation that has none. */
  private boolean required(AnnotationMirror annotation) {
    return !hasValue(annotation, "required")
        || !Boolean.FALSE.equals(annotations.value(annotation, "required").getValue());
  }

  @Override
  public boolean bindsNamedRequestValue(AnnotationMirror annotation) {
    return SpringMvcNames.NAMED_PARAMETERS.containsKey(Annotations.nameOf(annotation));
  }

  /** {@code ResponseEntity<T>}, and its superclass {@code HttpEntity<T>}. */
  @Override
  public List<String> typedResponseTypes() {
    return List.of(SpringMvcNames.RESPONSE_ENTITY, SpringMvcNames.HTTP_ENTITY);
  }

  @Override
  public List<String> unwrappableTypes() {
    return SpringMvcNames.UNWRAPPABLE;
  }

  @Override
  public List<String> frameworkExceptions() {
    return SpringMvcNames.FRAMEWORK_EXCEPTIONS;
  }

  /** Whether {@code type} is a controller: {@code @Controller}, directly or as a stereotype. */
  private static boolean isController(TypeElement type) {
    return carries(type, SpringMvcNames.CONTROLLER);
  }

  /**
   * The request mapping of {@code element}: a shortcut such as {@code @GetMapping}, a
   * {@code @RequestMapping}, or the one a composed annotation of the user's is annotated with.
   */
  private static Optional<AnnotationMirror> mappingOf(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (isMapping(annotation)) {
        return Optional.of(annotation);
      }
    }
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      for (AnnotationMirror meta :
          annotation.getAnnotationType().asElement().getAnnotationMirrors()) {
        if (isMapping(meta)) {
          return Optional.of(meta);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isMapping(AnnotationMirror annotation) {
    String name = Annotations.nameOf(annotation);
    return name.equals(SpringMvcNames.REQUEST_MAPPING)
        || SpringMvcNames.SHORTCUT_MAPPINGS.containsKey(name);
  }

  /** Whether {@code element} carries {@code name}, directly or on one of its annotations. */
  private static boolean carries(Element element, String name) {
    return Annotations.find(element, name).isPresent()
        || Annotations.findMeta(element, name).isPresent();
  }

  /** Whether the annotation gives {@code attribute} a value, in the source or by default. */
  private boolean hasValue(AnnotationMirror annotation, String attribute) {
    return annotation.getAnnotationType().asElement().getEnclosedElements().stream()
        .anyMatch(member -> member.getSimpleName().contentEquals(attribute));
  }

  /** Whether Spring binds {@code type} as a simple value: a request parameter, not a model. */
  private boolean isSimpleValue(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isSimpleValue(array.getComponentType());
    }
    return isAny(type, bindingTypes().simpleValueTypes());
  }

  private boolean isAny(TypeMirror type, List<TypeMirror> candidates) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeMirror erasure = types.erasure(type);
    return candidates.stream().anyMatch(candidate -> types.isAssignable(erasure, candidate));
  }

  private List<TypeMirror> erasures(List<String> names) {
    return names.stream()
        .map(elements::getTypeElement)
        .filter(Objects::nonNull)
        .map(element -> types.erasure(element.asType()))
        .toList();
  }
}
