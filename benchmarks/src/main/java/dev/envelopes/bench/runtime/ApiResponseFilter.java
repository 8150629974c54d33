package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;

/**
 * The usual runtime alternative to generated envelopes: one filter for every method, which looks up
 * the method's annotations by reflection on each response and wraps the entity in {@link
 * ApiResponse}. Its paging links follow the same rules as the generated ones (prev never overlaps
 * the page), so both answer the same bytes.
 */
public final class ApiResponseFilter implements ContainerResponseFilter {

  private final ResourceInfo resourceInfo;

  public ApiResponseFilter(@Context ResourceInfo resourceInfo) {
    this.resourceInfo = resourceInfo;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null || !isWrapped(method) || response.getStatus() != 200) {
      return;
    }
    Object entity = response.getEntity();
    ApiResponse<?> body;
    Paged paged = method.getAnnotation(Paged.class);
    if (paged != null && entity instanceof Page<?> page) {
      body = ApiResponse.ok(page.items(), page.total(), pagination(request, paged, page.total()));
    } else if (entity instanceof Collection<?> collection) {
      body = ApiResponse.ok(collection, (long) collection.size(), null);
    } else {
      body = ApiResponse.ok(entity, null, null);
    }
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }

  private static boolean isWrapped(Method method) {
    return method.isAnnotationPresent(Wrapped.class)
        || method.getDeclaringClass().isAnnotationPresent(Wrapped.class);
  }

  private static ApiResponse.Pagination pagination(
      ContainerRequestContext request, Paged paged, long total) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    long offset = number(query.getFirst("offset"), 0);
    long limit = number(query.getFirst("limit"), paged.defaultLimit());
    URI next = offset + limit < total ? link(request, offset + limit, limit) : null;
    long end = Math.min(offset, total);
    long start = Math.max(0, end - limit);
    URI prev = end > 0 ? link(request, start, end - start) : null;
    return new ApiResponse.Pagination(next, prev);
  }

  private static long number(String value, long fallback) {
    return value == null || value.isEmpty() ? fallback : Long.parseLong(value);
  }

  private static URI link(ContainerRequestContext request, long offset, long limit) {
    return request
        .getUriInfo()
        .getRequestUriBuilder()
        .replaceQueryParam("offset", offset)
        .replaceQueryParam("limit", limit)
        .build();
  }
}
