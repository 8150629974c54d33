package dev.envelopes.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.convention.Conventions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the sub-resource locators of the whole API together: a sub-resource class gets one set of
 * filters, whichever locator returned it, so all the locators that return it must agree on its
 * style.
 */
final class LocatorValidator {

  private final Reporter reporter;

  LocatorValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** A locator as a diagnostic names it, such as {@code ShelfResource.books}. */
  private record Named(String name, LocatorModel locator) {}

  void validate(List<ResourceModel> resources) {
    Map<ClassName, Named> first = new HashMap<>();
    for (ResourceModel resource : resources) {
      for (LocatorModel locator : resource.locators()) {
        if (locator.subResource().isEmpty()) {
          continue; // ResourceValidator reports it.
        }
        ClassName subResource = locator.subResource().get();
        String name = String.join(".", resource.type().simpleNames()) + "." + locator.name();
        Named named = new Named(name, locator);
        Named earlier = first.putIfAbsent(subResource, named);
        if (earlier != null && earlier.locator().style() != locator.style()) {
          reporter.error(
              Diagnostic.SUB_RESOURCE_STYLES_DIFFER,
              locator.origin(),
              String.join(".", subResource.simpleNames()),
              earlier.name(),
              Conventions.of(earlier.locator().style()).phrase(),
              named.name(),
              Conventions.of(locator.style()).phrase());
        }
      }
    }
  }
}
