package dev.envelopes.bench.runtime;

import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * What every runtime wrapper does first: one filter for every method, which looks up the matched
 * method's {@link Wrapped} and {@link Paged} by reflection on each response and wraps only the
 * successful answers of its own style.
 */
abstract class ReflectiveWrapping implements ContainerResponseFilter {

  private final ResourceInfo resourceInfo;
  private final Style style;

  ReflectiveWrapping(ResourceInfo resourceInfo, Style style) {
    this.resourceInfo = resourceInfo;
    this.style = style;
  }

  @Override
  public final void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null || response.getStatus() != 200) {
      return;
    }
    Wrapped wrapped = method.getAnnotation(Wrapped.class);
    if (wrapped == null) {
      wrapped = resourceInfo.getResourceClass().getAnnotation(Wrapped.class);
    }
    if (wrapped != null && wrapped.value() == style) {
      wrap(request, response, method.getAnnotation(Paged.class));
    }
  }

  /**
   * Wraps the response's entity.
   *
   * @param paged the method's {@link Paged}, or {@code null} when it answers no page
   */
  abstract void wrap(
      ContainerRequestContext request, ContainerResponseContext response, Paged paged);

  /** A whole-number query parameter, or {@code fallback} when it is absent or empty. */
  static long number(ContainerRequestContext request, String name, long fallback) {
    String value = request.getUriInfo().getQueryParameters().getFirst(name);
    return value == null || value.isEmpty() ? fallback : Long.parseLong(value);
  }
}
