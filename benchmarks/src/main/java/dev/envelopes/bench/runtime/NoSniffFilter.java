package dev.envelopes.bench.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Marks every answer {@code X-Content-Type-Options: nosniff}, as Envelopes' generated filters do,
 * so that the runtime twin's headers stay the same as the generated side's.
 */
public final class NoSniffFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
  }
}
