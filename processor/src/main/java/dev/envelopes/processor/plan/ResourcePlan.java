package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ResourceModel;
import java.util.List;

/**
 * How the enveloped methods of one resource class answer.
 *
 * @param resource the class
 * @param endpoints the plan of each of its enveloped methods, in the order of the class
 */
public record ResourcePlan(ResourceModel resource, List<EndpointPlan> endpoints) {

  /** The plan of each enveloped method of {@code resource}, a valid class. */
  static ResourcePlan of(ResourceModel resource) {
    return new ResourcePlan(
        resource,
        resource.endpoints().stream()
            .map(endpoint -> EndpointPlans.of(resource, endpoint))
            .toList());
  }

  /** The conventions its methods answer in, each once, in the order of the class. */
  public List<Convention> conventions() {
    return endpoints.stream().map(EndpointPlan::convention).distinct().toList();
  }

  /**
   * Whether some method answers with absolute links, made from the base the application
   * configured: only then do its requests need that base.
   */
  public boolean answersWithLinks() {
    return conventions().stream().anyMatch(Convention::answersWithLinks);
  }

  /** Whether some method pages by a signed cursor, and so needs the application's key. */
  public boolean signsCursors() {
    return endpoints.stream().anyMatch(EndpointPlan::signsCursors);
  }
}
