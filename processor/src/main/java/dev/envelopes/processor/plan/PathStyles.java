package dev.envelopes.processor.plan;

import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The style a request that reached no resource method answers in, by the path it asked for: the
 * style of the resource whose path it is under, or where that resource's methods answer in other
 * styles, the style of the method whose path it is. A binding tests the paths in the order its
 * framework matches them.
 *
 * @param roots each resource with a path, in the order of the API's resources
 * @param fallback the style of a path under no resource: the API's default
 */
public record PathStyles(List<Root> roots, Style fallback) {

  /**
   * A resource with a path, which answers in its own style.
   *
   * @param resource the class
   * @param methods its methods, in the order of the class, when some of them answer in another
   *     style than the class; none otherwise, since the class's style answers every path under it
   */
  public record Root(ResourceModel resource, List<EndpointModel> methods) {}

  /** Those of {@code api}. */
  static PathStyles of(ApiModel api) {
    List<Root> roots = new ArrayList<>();
    for (ResourceModel resource : api.resources()) {
      if (!resource.hasPath()) {
        continue;
      }
      boolean allInItsStyle =
          resource.endpoints().stream().allMatch(endpoint -> endpoint.style() == resource.style());
      roots.add(new Root(resource, allInItsStyle ? List.of() : resource.endpoints()));
    }
    return new PathStyles(List.copyOf(roots), api.defaultStyle());
  }
}
