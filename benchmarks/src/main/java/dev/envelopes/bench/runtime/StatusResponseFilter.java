package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The usual runtime alternative in the status style: wraps the entity in {@link StatusResponse},
 * with the totals of a page numbered by {@code page} and {@code per_page}.
 */
public final class StatusResponseFilter extends ReflectiveWrapping {

  public StatusResponseFilter(@Context ResourceInfo resourceInfo) {
    super(resourceInfo, Style.STATUS);
  }

  @Override
  void wrap(ContainerRequestContext request, ContainerResponseContext response, Paged paged) {
    Object entity = response.getEntity();
    StatusResponse<?> body;
    if (paged != null && entity instanceof Page<?> page) {
      long perPage = number(request, "per_page", paged.defaultLimit());
      long totalPages = (page.total() + perPage - 1) / perPage;
      body =
          StatusResponse.success(
              page.items(),
              new StatusResponse.Pagination(page.total(), number(request, "page", 1), totalPages));
    } else {
      body = StatusResponse.success(entity, null);
    }
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }
}
