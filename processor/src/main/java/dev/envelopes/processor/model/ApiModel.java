package dev.envelopes.processor.model;

import dev.envelopes.Style;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Envelopes knows about one API after reading: the writers render this and nothing else.
 *
 * @param declaration the {@code @EnvelopeApi} type and what it declares, if the API has one
 * @param extraDeclarations further {@code @EnvelopeApi} types, which are a mistake to report
 * @param resources the enveloped resource classes, sorted by qualified name
 * @param errors the exceptions with a declared meaning, from {@code @ApiError} and
 *     {@code @MapException}, in the order the reader found them
 * @param strayDeclarations API-wide declarations found on types that are not the API type
 * @param strayPaginated {@code @Paginated} methods that are not enveloped
 * @param strayStyles {@code @EnvelopeStyle}s on a type or method they cannot apply to
 * @param libraries which libraries the user's build has
 * @param unstyled the style of what no {@code @EnvelopeStyle} reaches, which the reader knows
 */
public record ApiModel(
    Optional<ApiDeclaration> declaration,
    List<ApiDeclaration> extraDeclarations,
    List<ResourceModel> resources,
    List<ErrorDeclaration> errors,
    List<Origin> strayDeclarations,
    List<Origin> strayPaginated,
    List<Origin> strayStyles,
    Libraries libraries,
    Style unstyled) {

  /**
   * The package the API-wide sources go into: the {@code @EnvelopeApi} type's, or else the deepest
   * package that holds every resource; empty when the resources share no package.
   */
  public Optional<String> apiPackage() {
    if (declaration.isPresent()) {
      return Optional.of(declaration.get().packageName());
    }
    String common = null;
    for (ResourceModel resource : resources) {
      String name = resource.type().packageName();
      common = common == null ? name : commonParent(common, name);
    }
    if (common == null || (common.isEmpty() && anyResourceInNamedPackage())) {
      return Optional.empty();
    }
    return Optional.of(common);
  }

  /**
   * The resources that have enveloped methods, which get filters; a class with only sub-resource
   * locators has none of its own.
   */
  public List<ResourceModel> resourcesWithEndpoints() {
    return resources.stream().filter(resource -> !resource.endpoints().isEmpty()).toList();
  }

  /** The styles the API's methods answer in, in the order of {@link Style}. */
  public Set<Style> styles() {
    Set<Style> styles = EnumSet.noneOf(Style.class);
    resources.forEach(
        resource -> resource.endpoints().forEach(endpoint -> styles.add(endpoint.style())));
    styles.add(defaultStyle());
    return styles;
  }

  /** The style of errors that reach no resource method: the API type's, else the unstyled one. */
  public Style defaultStyle() {
    return declaration.map(ApiDeclaration::style).orElse(unstyled);
  }

  private boolean anyResourceInNamedPackage() {
    return resources.stream().anyMatch(resource -> !resource.type().packageName().isEmpty());
  }

  private static String commonParent(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      if (common.length() > 0) {
        common.append('.');
      }
      common.append(left[i]);
    }
    return common.toString();
  }
}
