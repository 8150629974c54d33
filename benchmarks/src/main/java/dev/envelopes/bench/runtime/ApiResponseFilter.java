package dev.envelopes.bench.runtime;

import dev.envelopes.LinkBase;
import dev.envelopes.Page;
import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Collection;

/**
 * The usual runtime alternative to generated meta envelopes: wraps the entity in {@link
 * ApiResponse}. Its paging links follow the same rules as the generated ones ({@link
 * ApiResponse.Pagination#of}), so both answer the same bytes.
 */
public final class ApiResponseFilter extends ReflectiveWrapping {

  public ApiResponseFilter(@Context ResourceInfo resourceInfo) {
    super(resourceInfo, Style.META);
  }

  @Override
  void wrap(ContainerRequestContext request, ContainerResponseContext response, Paged paged) {
    Object entity = response.getEntity();
    ApiResponse<?> body;
    if (paged != null && entity instanceof Page<?> page) {
      body = ApiResponse.ok(page.items(), page.total(), pagination(request, paged, page.total()));
    } else if (entity instanceof Collection<?> collection) {
      body = ApiResponse.ok(collection, (long) collection.size(), null);
    } else {
      body = ApiResponse.ok(entity, null, null);
    }
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }

  private static ApiResponse.Pagination pagination(
      ContainerRequestContext request, Paged paged, long total) {
    long offset = number(request, "offset", 0);
    long limit = number(request, "limit", paged.defaultLimit());
    return ApiResponse.Pagination.of(
        offset, limit, total, (at, size) -> link(request, at, size));
  }

  /** The link to the page, relative to the server's root as the generated code makes it. */
  private static URI link(ContainerRequestContext request, long offset, long limit) {
    URI page =
        request
            .getUriInfo()
            .getRequestUriBuilder()
            .replaceQueryParam("offset", offset)
            .replaceQueryParam("limit", limit)
            .build();
    return URI.create(LinkBase.UNCONFIGURED.link(page, request::getHeaderString));
  }
}
