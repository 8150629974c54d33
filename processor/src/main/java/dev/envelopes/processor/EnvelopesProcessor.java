package dev.envelopes.processor;

import com.google.auto.service.AutoService;
import dev.envelopes.ApiError;
import dev.envelopes.EnvelopeApi;
import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Includes;
import dev.envelopes.MapException;
import dev.envelopes.MapExceptions;
import dev.envelopes.Paginated;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import dev.envelopes.Unenveloped;
import dev.envelopes.VendorConvention;
import dev.envelopes.Views;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.FrameworkWords;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.dialect.jakarta.JakartaRestDialect;
import dev.envelopes.processor.dialect.spring.SpringMvcDialect;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.read.ApiReader;
import dev.envelopes.processor.read.PayloadSchemaReader;
import dev.envelopes.processor.read.UncheckedCursors;
import dev.envelopes.processor.validate.ApiValidator;
import dev.envelopes.processor.write.Binding;
import dev.envelopes.processor.write.GeneratedNameClash;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.jakarta.JakartaRestWriter;
import dev.envelopes.processor.write.openapi.OpenApiWriter;
import dev.envelopes.processor.write.spring.SpringBoot;
import dev.envelopes.processor.write.spring.SpringMvcWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The entry point: gathers the annotated types over the rounds, then reads them into a model,
 * validates it, plans what to generate once and has the binding render the plan, each step in its
 * own package. It never throws at the user: a failure of its own becomes one error on the element
 * it was working on.
 */
@AutoService(Processor.class)
public final class EnvelopesProcessor extends AbstractProcessor {

  private final SortedSet<String> resources = new TreeSet<>();
  private final SortedSet<String> apiDeclarations = new TreeSet<>();
  private final SortedSet<String> apiErrors = new TreeSet<>();
  private final SortedSet<String> paginated = new TreeSet<>();
  private final SortedSet<String> styled = new TreeSet<>();
  private final SortedSet<String> styledPackages = new TreeSet<>();
  private final Set<String> userTypes = new HashSet<>();
  private boolean written;

  /** Whether an internal failure was reported: it is reported once, and nothing more is tried. */
  private boolean failed;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Stream.of(
            Enveloped.class,
            Paginated.class,
            ApiError.class,
            EnvelopeApi.class,
            ResponseCode.class,
            ResponseCodes.class,
            MapException.class,
            MapExceptions.class,
            EnvelopeStyle.class,
            VendorConvention.class,
            Views.class,
            Include.class,
            Includes.class,
            Unenveloped.class)
        .map(Class::getCanonicalName)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The options of the OpenAPI document: whether to write it, its title and its version. */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        OpenApiWriter.ENABLED_OPTION, OpenApiWriter.TITLE_OPTION, OpenApiWriter.VERSION_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Claims the annotations, which are Envelopes' own, so that javac's {@code -Xlint:processing}
   * does not warn that no processor claimed them. {@link EnvelopeRecordsProcessor} reads
   * {@code @Enveloped} too, and a claimed annotation is offered to no later processor: it runs
   * first, as the first of the jar's processors, and claims nothing.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    processRound(round);
    return true;
  }

  private void processRound(RoundEnvironment round) {
    if (failed) {
      return;
    }
    List<Dialect> dialects = dialects(processingEnv);
    Dialect dialect = dialects.get(0);
    Reporter reporter = new Reporter(processingEnv, dialect.words());
    Element current = null;
    try {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        if (!generatedByEnvelopes(type)) {
          userTypes.add(type.getQualifiedName().toString());
        }
      }
      int before = resources.size() + apiDeclarations.size() + apiErrors.size();
      gather(round);
      Map<Dialect, TypeElement> used = frameworksUsedBy(dialects, annotatedTypes());
      if (used.size() > 1) {
        reportMixedFrameworks(used, reporter);
        return;
      }
      if (!used.isEmpty()) {
        dialect = used.keySet().iterator().next();
        reporter = new Reporter(processingEnv, dialect.words());
      }
      for (Origin unchecked : UncheckedCursors.find(round, dialect)) {
        reporter.error(
            Diagnostic.CURSOR_UNCHECKED,
            unchecked,
            UncheckedCursors.owner(unchecked),
            UncheckedCursors.binding(unchecked));
      }
      if (written) {
        reportLateArrivals(round, reporter, before);
        return;
      }
      if (resources.isEmpty()
          && apiDeclarations.isEmpty()
          && apiErrors.isEmpty()
          && paginated.isEmpty()
          && styled.isEmpty()
          && styledPackages.isEmpty()) {
        return;
      }
      Optional<ApiModel> reading =
          new ApiReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), dialect)
              .read(
                  new ApiReader.Inputs(
                      resources, apiDeclarations, apiErrors, paginated, styled, styledPackages));
      if (reading.isEmpty()) {
        // Another processor may still generate what it waits for; if none does, the compiler
        // reports the missing type itself, and one error says it (as AutoValue and Dagger do).
        return;
      }
      ApiModel api = reading.get();
      written = true;
      current = api.resources().isEmpty() ? null : api.resources().get(0).origin().element();
      Binding binding = bindingOf(processingEnv, dialect, reporter);
      if (new ApiValidator(reporter, userTypes::contains, binding::apiWideTypes).validate(api)
          && !api.resources().isEmpty()) {
        ApiPlan plan = ApiPlan.of(api);
        binding.write(plan);
        Map<String, String> options = processingEnv.getOptions();
        if (OpenApiWriter.enabled(options)) {
          new OpenApiWriter(processingEnv.getFiler(), options)
              .write(
                  plan,
                  taken ->
                      new PayloadSchemaReader(
                              processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                          .read(api, taken));
        }
      }
    } catch (GeneratedNameClash clash) {
      // A name the validator did not know was taken: still the user's to fix, and said as such.
      failed = true;
      boolean oneOrigin = clash.origins().size() == 1;
      Element at = oneOrigin ? clash.origins().get(0) : current;
      String generatedFor = oneOrigin ? at.toString() : "the API";
      if (at == null) {
        processingEnv
            .getMessager()
            .printMessage(
                javax.tools.Diagnostic.Kind.ERROR,
                Diagnostic.GENERATED_NAME_TAKEN.format(
                    dialect.words(), clash.name(), generatedFor));
      } else {
        reporter.error(Diagnostic.GENERATED_NAME_TAKEN, Origin.of(at), clash.name(), generatedFor);
      }
    } catch (RuntimeException | LinkageError failure) {
      failed = true;
      Element at = current != null ? current : firstAnnotated(round);
      String what = at == null ? "the API" : at.toString();
      String cause = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      if (at == null) {
        processingEnv
            .getMessager()
            .printMessage(
                javax.tools.Diagnostic.Kind.ERROR,
                Diagnostic.INTERNAL_ERROR.format(dialect.words(), what, cause));
      } else {
        reporter.error(Diagnostic.INTERNAL_ERROR, Origin.of(at), what, cause);
      }
    }
  }

  /**
   * The web framework whose resources Envelopes reads in {@code types}, the user's annotated types:
   * the one place that chooses it, for both of the jar's processors. It is chosen by the
   * annotations the sources use, never by what is on the classpath, where a build may well have
   * both frameworks; Jakarta REST when they use neither. {@link EnvelopesProcessor} reports types
   * of two frameworks in one compilation; {@link EnvelopeRecordsProcessor} asks of one type. {@code
   * dialects} are those of {@link #dialects}, made once per round: each resolves its framework's
   * types when it is made, which, once per resource, cost a large API's build much.
   */
  static Dialect dialectOf(List<Dialect> dialects, Collection<TypeElement> types) {
    // The first that some type uses: the later ones need not look through every type.
    return dialects.stream()
        .filter(dialect -> types.stream().anyMatch(dialect::isUsedBy))
        .findFirst()
        .orElse(dialects.get(0));
  }

  /** The dialects Envelopes reads, the default first. */
  static List<Dialect> dialects(ProcessingEnvironment environment) {
    return List.of(
        new JakartaRestDialect(environment.getElementUtils()),
        new SpringMvcDialect(environment.getElementUtils(), environment.getTypeUtils()));
  }

  /** Each framework some of {@code types} are written for, in dialect order, with the first. */
  private static Map<Dialect, TypeElement> frameworksUsedBy(
      List<Dialect> dialects, Collection<TypeElement> types) {
    Map<Dialect, TypeElement> used = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      types.stream()
          .filter(dialect::isUsedBy)
          .findFirst()
          .ifPresent(type -> used.put(dialect, type));
    }
    return used;
  }

  /**
   * The framework binding that renders the plan: the one place that chooses it, by the dialect
   * {@link #dialectOf} chose.
   */
  private static Binding bindingOf(
      ProcessingEnvironment environment, Dialect dialect, Reporter reporter) {
    if (dialect instanceof SpringMvcDialect) {
      return new SpringMvcWriter(
          environment.getFiler(),
          environment.getElementUtils(),
          SpringBoot.of(environment.getElementUtils()));
    }
    return new JakartaRestWriter(
        new SourceFiles(environment.getFiler(), environment.getElementUtils()));
  }

  /** The user's types whose framework decides the dialect: resources and paged or styled ones. */
  private List<TypeElement> annotatedTypes() {
    return Stream.of(resources, paginated, styled)
        .flatMap(Set::stream)
        .distinct()
        .sorted()
        .map(processingEnv.getElementUtils()::getTypeElement)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Reports, once, that the annotated types are written for two frameworks: on the first type of
   * the second framework, naming the first type of the first.
   */
  private void reportMixedFrameworks(Map<Dialect, TypeElement> used, Reporter reporter) {
    if (written) {
      return;
    }
    written = true;
    List<Map.Entry<Dialect, TypeElement>> frameworks = List.copyOf(used.entrySet());
    Map.Entry<Dialect, TypeElement> first = frameworks.get(0);
    Map.Entry<Dialect, TypeElement> second = frameworks.get(1);
    reporter.error(
        Diagnostic.FRAMEWORKS_MIXED,
        Origin.of(second.getValue()),
        second.getValue().getQualifiedName(),
        second.getKey().words().word(FrameworkWords.Term.FRAMEWORK),
        first.getValue().getQualifiedName(),
        first.getKey().words().word(FrameworkWords.Term.FRAMEWORK));
  }

  /**
   * Whether Envelopes generated {@code type}, such as the record of a method's answer that {@link
   * EnvelopeRecordsProcessor} wrote in an earlier round: its name is not taken by the user.
   */
  private static boolean generatedByEnvelopes(TypeElement type) {
    return type.getAnnotationMirrors().stream()
        .filter(
            annotation ->
                ((TypeElement) annotation.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals("javax.annotation.processing.Generated"))
        .flatMap(generated -> generated.getElementValues().entrySet().stream())
        .filter(entry -> entry.getKey().getSimpleName().contentEquals("value"))
        // @Generated's value is an array of names.
        .flatMap(entry -> ((List<?>) entry.getValue().getValue()).stream())
        .map(name -> ((AnnotationValue) name).getValue())
        .anyMatch(
            generator ->
                SourceFiles.GENERATOR.equals(generator)
                    || SourceFiles.RECORDS_GENERATOR.equals(generator));
  }

  /**
   * Where {@link #gather} files the type of an element, by the name of its annotation; none of them
   * is {@code @Inherited}. A package's {@code @EnvelopeStyle} goes to {@link #styledPackages}.
   */
  private final Map<String, Set<String>> gathered =
      Map.of(
          name(Enveloped.class), resources,
          name(Paginated.class), paginated,
          name(EnvelopeStyle.class), styled,
          name(ApiError.class), apiErrors,
          name(EnvelopeApi.class), apiDeclarations,
          name(ResponseCode.class), apiDeclarations,
          name(ResponseCodes.class), apiDeclarations,
          name(MapException.class), apiDeclarations,
          name(MapExceptions.class), apiDeclarations);

  /** The annotations of {@link #gathered}, resolved once, as the compilation sees them. */
  private TypeElement[] gatheredTypes = new TypeElement[0];

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    gatheredTypes =
        gathered.keySet().stream()
            .map(processingEnv.getElementUtils()::getTypeElement)
            .filter(Objects::nonNull)
            .toArray(TypeElement[]::new);
  }

  /**
   * Adds this round's annotated types to those of earlier rounds. One scan of the round's elements
   * finds them all, where one {@code getElementsAnnotatedWith} per annotation would walk every
   * member of every class nine times, a noticeable part of a large API's build.
   */
  private void gather(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWithAny(gatheredTypes)) {
      for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
        String name =
            ((TypeElement) annotation.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
        Set<String> into = gathered.get(name);
        if (into == null) {
          continue; // Another annotation on the same element.
        }
        if (element instanceof PackageElement styledPackage) {
          styledPackages.add(styledPackage.getQualifiedName().toString());
        } else {
          into.add(typeOf(element).getQualifiedName().toString());
        }
      }
    }
  }

  private static String name(Class<?> annotation) {
    return annotation.getCanonicalName();
  }

  /**
   * Reports the types that other processors generated after the API-wide sources were written, once
   * each, however many of their methods are enveloped.
   */
  private void reportLateArrivals(RoundEnvironment round, Reporter reporter, int before) {
    if (resources.size() + apiDeclarations.size() + apiErrors.size() == before) {
      return;
    }
    Stream.of(Enveloped.class, ApiError.class, EnvelopeApi.class)
        .flatMap(annotation -> round.getElementsAnnotatedWith(annotation).stream())
        .map(EnvelopesProcessor::typeOf)
        .distinct()
        .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
        .forEach(
            type ->
                reporter.error(
                    Diagnostic.RESOURCE_AFTER_API_WRITTEN,
                    Origin.of(type),
                    type.getQualifiedName()));
  }

  private static Element firstAnnotated(RoundEnvironment round) {
    return round.getRootElements().stream()
        .min(Comparator.comparing(Element::toString))
        .orElse(null);
  }

  /** The type an annotated element belongs to: itself, or the type that declares it. */
  private static TypeElement typeOf(Element element) {
    Element current = element;
    while (!(current instanceof TypeElement)) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }
}
