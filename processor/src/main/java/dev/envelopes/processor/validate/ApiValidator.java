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

  /**
   * @param reporter where problems go
   * @param isUserType whether a qualified name is taken by a type the user wrote
   */
  public ApiValidator(Reporter reporter, Predicate<String> isUserType) {
    this.reporter = reporter;
    this.isUserType = isUserType;
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
    for (ClassName name : names.apiWide()) {
      checkNameFree(name, apiOrigin, "the API");
    }
    for (ResourceModel resource : api.resources()) {
      String resourceName = resource.type().canonicalName();
      checkNameFree(GeneratedNames.resourceFeature(resource), resource.origin(), resourceName);
      checkNameFree(GeneratedNames.resourceJson(resource), resource.origin(), resourceName);
      for (EndpointModel endpoint : resource.endpoints()) {
        checkNameFree(
            GeneratedNames.envelope(resource, endpoint),
            endpoint.origin(),
            resourceName + "." + endpoint.name());
      }
    }
  }

  private void checkNameFree(ClassName name, Origin origin, String generatedFor) {
    if (isUserType.test(name.canonicalName())) {
      reporter.error(Diagnostic.GENERATED_NAME_TAKEN, origin, name.canonicalName(), generatedFor);
    }
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
