package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every decision about one valid API, made once between validating and writing: what a binding
 * renders. The flow is read, validate, plan, render; a binding decides nothing of its own.
 *
 * @param api the model the decisions were made from, for what a binding copies as it is: types,
 *     names, annotations and javadoc
 * @param names the names of the API-wide generated types
 * @param resources the resource classes with enveloped methods, sorted by qualified name, each
 *     with the plan of each of its methods
 * @param exceptions what the exception mapper tests and how it answers, and the conventions the
 *     API answers in
 * @param statuses the rows of the status table
 */
public record ApiPlan(
    ApiModel api,
    GeneratedNames names,
    List<ResourcePlan> resources,
    ExceptionPlan exceptions,
    StatusTable statuses) {

  /** The plan of {@code api}, a valid API with at least one resource. */
  public static ApiPlan of(ApiModel api) {
    GeneratedNames names = new GeneratedNames(api.apiPackage().orElseThrow());
    return new ApiPlan(
        api,
        names,
        api.resourcesWithEndpoints().stream().map(ResourcePlan::of).toList(),
        ExceptionPlan.of(api),
        new StatusTable(api, names.status()));
  }

  /** The package the API-wide sources go into. */
  public String apiPackage() {
    return api.apiPackage().orElseThrow();
  }

  /** The conventions the API answers in, in the order of their styles. */
  public List<Convention> conventions() {
    return exceptions.conventions();
  }

  /**
   * Whether the vendor style's version filter takes only some requests: those whose path, version
   * prefix aside, {@link ExceptionPlan#pathStyles} finds the vendor's. So it does where the API
   * answers in other styles too (its own style, that of a path under no resource, counts), so that
   * a version prefix or the vendor media type means nothing to the other styles' resources; in an
   * API that answers only in the vendor style, it takes every request.
   */
  public boolean versionFilterTakesVendorPathsOnly() {
    return exceptions.mixed();
  }

  /**
   * Whether the vendor style's version filter takes the requests to the method at {@code path}
   * below {@code root}, a resource with a path: then another version asked for, as a path prefix or
   * in {@code Accept}, answers {@code unsupported_version}, in the vendor style, whatever the
   * method's own style, and every answer carries an {@code X-Request-Id}. The filters decide it by
   * the path alone, as {@link #versionFilterTakesVendorPathsOnly} says; none does in an API without
   * the vendor style.
   */
  public boolean versionFilterTakes(ResourceModel root, PathTemplate path) {
    if (conventions().stream().noneMatch(Convention::needsVendorDeclaration)) {
      return false;
    }
    return !versionFilterTakesVendorPathsOnly()
        || Conventions.of(exceptions.pathStyles().styleOf(root, path)).needsVendorDeclaration();
  }

  /** Whether some method pages by a signed cursor, and so needs the application's key. */
  public boolean signsCursors() {
    return resources.stream().anyMatch(ResourcePlan::signsCursors);
  }

  /**
   * Whether some answer carries absolute links, made from the base the application configured
   * rather than from the request's {@code Host}.
   */
  public boolean answersWithLinks() {
    return conventions().stream().anyMatch(Convention::answersWithLinks);
  }

  /**
   * Whether the generated code reads a request's URI as the client sent it, to make links from it,
   * or rewrites it before it is matched, to drop the paging parameters it gives empty. The vendor
   * style, which also takes a version prefix off the path, links its answers.
   */
  public boolean readsRequestUris() {
    return answersWithLinks() || !pagingParameters().isEmpty();
  }

  /**
   * The query parameters some paged method reads its page from, in order of name: an empty one
   * means absent, so it is dropped before the request is matched.
   */
  public SortedSet<String> pagingParameters() {
    SortedSet<String> names = new TreeSet<>();
    for (ResourcePlan resource : resources) {
      for (EndpointPlan endpoint : resource.endpoints()) {
        endpoint
            .paging()
            .ifPresent(
                paging -> {
                  names.add(
                      paging
                          .position()
                          .map(PagingPlan.PositionBound::parameter)
                          .orElse(endpoint.convention().pagingParameters().position()));
                  names.add(paging.limitParameter());
                });
      }
    }
    return names;
  }
}
