package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.List;

/**
 * The usual runtime alternative in the bare style: values and lists answered as they are (nothing
 * found: 204), pages wrapped in {@link CursorPage} with a signed cursor.
 */
public final class BareResponseFilter extends ReflectiveWrapping {

  private final CursorPaging cursors;

  public BareResponseFilter(
      @Context ResourceInfo resourceInfo, @Context Configuration configuration) {
    super(resourceInfo, Style.BARE);
    this.cursors = new CursorPaging(configuration, resourceInfo);
  }

  @Override
  void wrap(ContainerRequestContext request, ContainerResponseContext response, Paged paged) {
    Object entity = response.getEntity();
    if (entity == null
        || (entity instanceof Collection<?> collection && collection.isEmpty())
        || (entity instanceof Page<?> empty && empty.total() == 0)) {
      response.setStatus(204);
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      return;
    }
    Object body = entity;
    if (paged != null && entity instanceof Page<?> page) {
      List<?> data = page.items();
      String cursor = cursors.next(request, cursors.offset(request), data.size(), page.total());
      body = new CursorPage<>(cursor, data.size(), page.total(), cursor != null, data);
    }
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }
}
