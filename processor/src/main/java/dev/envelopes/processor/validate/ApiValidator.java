package dev.envelopes.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.Libraries;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ResourceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;

/**
 * Checks a whole API model and reports every problem it finds, so that a user sees all their
 * mistakes in one compilation: the second step of the flow. It looks only at the model.
 */
public final class ApiValidator {

  private final Reporter reporter;
  private final Predicate<String> isUserType;
  private final Function<GeneratedNames, List<ClassName>> apiWideTypes;

  /**
   * @param reporter where problems go
   * @param isUserType whether a qualified name is taken by a type the user wrote
   * @param apiWideTypes the API-wide types the framework's binding may write, as it lists them
   */
  public ApiValidator(
      Reporter reporter,
      Predicate<String> isUserType,
      Function<GeneratedNames, List<ClassName>> apiWideTypes) {
    this.reporter = reporter;
    this.isUserType = isUserType;
    this.apiWideTypes = apiWideTypes;
  }

  /** Checks {@code api}; true when nothing was wrong and the writers may render it. */
  public boolean validate(ApiModel api) {
    int errorsBefore = reporter.errorCount();
    for (ApiDeclaration extra : api.extraDeclarations()) {
      reporter.error(
          Diagnostic.TWO_API_TYPES,
          extra.origin(),
          nameOf(api.declaration().get().origin()),
          nameOf(extra.origin()));
    }
    for (Origin stray : api.strayDeclarations()) {
      String annotation =
          stray.annotation().getAnnotationType().asElement().getSimpleName().toString();
      reporter.error(
          Diagnostic.DECLARATION_OFF_API_TYPE, stray, annotation, nameOf(stray), nameOf(stray));
    }
    for (Origin paginated : api.strayPaginated()) {
      reporter.error(
          Diagnostic.PAGINATED_NOT_ENVELOPED,
          paginated,
          nameOf(paginated.element().getEnclosingElement())
              + "."
              + paginated.element().getSimpleName());
    }
    for (Origin style : api.strayStyles()) {
      reporter.error(
          Diagnostic.STYLE_CHOOSES_NOTHING,
          style,
          style.element() instanceof QualifiedNameable
              ? nameOf(style)
              : nameOf(style.element().getEnclosingElement())
                  + "."
                  + style.element().getSimpleName());
    }
    ErrorValidator errors = new ErrorValidator(reporter);
    api.declaration()
        .ifPresent(declaration -> errors.validateCodeTable(declaration.responseCodes()));
    errors.validateDeclarations(api.errors(), api.apiPackage());
    ResourceValidator resources = new ResourceValidator(reporter);
    api.resources().forEach(resources::validate);
    new LocatorValidator(reporter).validate(api.resources());
    new VendorValidator(reporter).validateApi(api);
    if (!api.resources().isEmpty()) {
      validateBuild(api);
    }
    return reporter.errorCount() == errorsBefore;
  }

  /** Checks what the generated code needs from the user's build and the names it takes. */
  private void validateBuild(ApiModel api) {
    ResourceModel first = api.resources().get(0);
    Libraries libraries = api.libraries();
    if (!libraries.framework()) {
      reporter.error(
          Diagnostic.MISSING_LIBRARY,
          first.origin(),
          reporter.words().library(),
          reporter.words().dependency());
      return;
    }
    if (!libraries.jacksonAnnotations()) {
      reporter.error(
          Diagnostic.MISSING_LIBRARY,
          first.origin(),
          "Jackson's annotations (com.fasterxml.jackson.annotation)",
          "com.fasterxml.jackson.core:jackson-annotations, or a Jackson JSON provider");
      return;
    }
    if (api.apiPackage().isEmpty()) {
      ResourceModel other =
          api.resources().stream()
              .filter(resource -> !resource.type().packageName().equals(first.type().packageName()))
              .findFirst()
              .orElse(first);
      reporter.error(
          Diagnostic.NO_API_PACKAGE,
          other.origin(),
          displayPackage(first.type()),
          displayPackage(other.type()));
      return;
    }
    GeneratedNames names = new GeneratedNames(api.apiPackage().get());
    Origin apiOrigin = api.declaration().map(ApiDeclaration::origin).orElse(first.origin());
    GeneratedTypes generated = new GeneratedTypes();
    for (ClassName name : apiWideTypes.apply(names)) {
      generated.claim(name, apiOrigin, "the API", null);
    }
    for (ResourceModel resource : api.resources()) {
      String resourceName = resource.type().canonicalName();
      boolean free =
          generated.claim(
                  GeneratedNames.resourceFeature(resource),
                  resource.origin(),
                  resourceName,
                  resourceName)
              && generated.claim(
                  GeneratedNames.resourceJson(resource),
                  resource.origin(),
                  resourceName,
                  resourceName);
      if (!free) {
        continue; // Its methods' names are made of the name reported.
      }
      Map<String, String> endpointClasses = new HashMap<>();
      for (EndpointModel endpoint : resource.endpoints()) {
        String endpointName = resourceName + "." + endpoint.name();
        String earlier =
            endpointClasses.putIfAbsent(
                folded(GeneratedNames.endpointClassName(endpoint)), endpoint.name());
        if (earlier != null && earlier.equals(endpoint.name())) {
          continue; // Overloaded: ResourceValidator reported it.
        }
        generated.claim(
            GeneratedNames.envelope(resource, endpoint),
            endpoint.origin(),
            endpointName,
            endpointName);
      }
    }
  }

  /**
   * The types Envelopes generates, by their names folded to one case: two that differ only in case
   * are two class files that macOS and Windows keep in one file.
   */
  private final class GeneratedTypes {

    private record Claim(ClassName name, String generatedFor, String renamed) {}

    private final Map<String, Claim> claims = new HashMap<>();

    /**
     * Claims {@code name} for {@code generatedFor}, whose element or API is {@code origin} and
     * which the user renames as {@code renamed} (null for the API's own types); reports it on
     * {@code origin}, and answers false, when it is taken by the user or by another generated type.
     */
    boolean claim(ClassName name, Origin origin, String generatedFor, String renamed) {
      if (isUserType.test(name.canonicalName())) {
        reporter.error(Diagnostic.GENERATED_NAME_TAKEN, origin, name.canonicalName(), generatedFor);
        return false;
      }
      Claim earlier =
          claims.putIfAbsent(folded(name.canonicalName()), new Claim(name, generatedFor, renamed));
      if (earlier == null) {
        return true;
      }
      reporter.error(
          Diagnostic.GENERATED_NAMES_COLLIDE,
          origin,
          name.canonicalName(),
          generatedFor,
          earlier.name().canonicalName(),
          earlier.generatedFor(),
          earlier.name().equals(name)
              ? "two types of one name"
              : "names that differ only in case, which the files of a type must not on macOS and"
                  + " Windows",
          earlier.renamed() == null ? renamed : renamed + " or " + earlier.renamed());
      return false;
    }
  }

  private static String folded(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String displayPackage(ClassName type) {
    return type.packageName().isEmpty() ? "the unnamed package" : type.packageName();
  }

  private static String nameOf(Origin origin) {
    return nameOf(origin.element());
  }

  private static String nameOf(Element element) {
    return element instanceof QualifiedNameable named
        ? named.getQualifiedName().toString()
        : element.getSimpleName().toString();
  }
}
