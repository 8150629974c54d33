package dev.envelopes.processor.write;

import dev.envelopes.processor.plan.ApiPlan;

/**
 * A web framework's binding: renders the plan of a valid API as the framework's sources, the last
 * step of the flow. A binding decides nothing; every choice is in the plan.
 */
public interface Binding {

  /** Writes the sources of {@code plan}. */
  void write(ApiPlan plan);
}
