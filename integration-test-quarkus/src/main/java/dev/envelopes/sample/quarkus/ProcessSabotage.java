package dev.envelopes.sample.quarkus;

import dev.envelopes.sample.fixtures.ArmedFailure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The tests' sabotage, in the process: throws the failure {@link TestControlResource} armed from
 * the next request, once Quarkus has matched it to its resource method, so that the answer takes
 * the method's style. Armed by nothing but the test-control resource, which answers only when the
 * tests turn it on.
 */
@Provider
public class ProcessSabotage implements ContainerRequestFilter {

  /** What the next request fails with, if anything. */
  static final ArmedFailure NEXT = new ArmedFailure();

  @Override
  public void filter(ContainerRequestContext request) {
    NEXT.fire();
  }
}
