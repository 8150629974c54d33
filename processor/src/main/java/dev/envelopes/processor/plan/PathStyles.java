package dev.envelopes.processor.plan;

import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The style a request answers in by the path it asked for, before or without a resource method:
 * the style of the resource whose path it is under, or where that resource's methods answer in
 * other styles, the style of the method whose path it is. A request that reached no method answers
 * in it, and the vendor style's filters take a request as the vendor's by it. The bindings test the
 * paths in the order given here, the order their frameworks match them in.
 *
 * @param roots each resource with a path, the most specific template first as the Jakarta REST
 *     specification orders them (section 3.7.2)
 * @param fallback the style of a path under no resource: the API's default
 */
public record PathStyles(List<Root> roots, Style fallback) {

  /**
   * A resource with a path, which answers in its own style.
   *
   * @param resource the class
   * @param template its template, which a path starts with
   * @param methods its methods to test before answering the class's style, most specific first,
   *     when some of them answer in another style than the class: the methods of the class's style
   *     after the last one of another style are left out, as a path they match takes the class's
   *     style anyway; none when every method answers in the class's style
   */
  public record Root(ResourceModel resource, PathTemplate template, List<Method> methods) {}

  /**
   * A method to test: a path its template matches as a whole answers in its style.
   *
   * @param endpoint the method
   * @param template its template, below its class's
   */
  public record Method(EndpointModel endpoint, PathTemplate template) {}

  /** Those of {@code api}. */
  static PathStyles of(ApiModel api) {
    List<Root> roots = new ArrayList<>();
    for (ResourceModel resource : api.resources()) {
      if (!resource.hasPath()) {
        continue;
      }
      PathTemplate template = PathTemplate.of(resource.path().get());
      boolean allInItsStyle =
          resource.endpoints().stream().allMatch(endpoint -> endpoint.style() == resource.style());
      List<Method> methods = new ArrayList<>();
      if (!allInItsStyle) {
        for (EndpointModel endpoint : resource.endpoints()) {
          methods.add(new Method(endpoint, endpoint.path().map(template::below).orElse(template)));
        }
      }
      methods.sort(Comparator.comparing(Method::template, PathTemplate.MOST_SPECIFIC_FIRST));
      while (!methods.isEmpty()
          && methods.get(methods.size() - 1).endpoint().style() == resource.style()) {
        methods.remove(methods.size() - 1);
      }
      roots.add(new Root(resource, template, List.copyOf(methods)));
    }
    roots.sort(Comparator.comparing(Root::template, PathTemplate.MOST_SPECIFIC_FIRST));
    return new PathStyles(List.copyOf(roots), api.defaultStyle());
  }

  /**
   * The style of the requests that reach the method at {@code path} below {@code root}, a resource
   * with a path: the style of the first method of {@code root}, in the order above, whose template
   * is the same expression as {@code path} (a request the method takes matches it first, since the
   * framework routes one that a more specific template matches to that template's method), else
   * the style of {@code root}. A sub-resource's method, reached through a locator of {@code root},
   * answers in the style of {@code root} then, whatever its own.
   */
  public Style styleOf(ResourceModel root, PathTemplate path) {
    for (Root candidate : roots) {
      if (!candidate.resource().type().equals(root.type())) {
        continue;
      }
      for (Method method : candidate.methods()) {
        if (method.template().regex().equals(path.regex())) {
          return method.endpoint().style();
        }
      }
      return candidate.resource().style();
    }
    return fallback;
  }
}
