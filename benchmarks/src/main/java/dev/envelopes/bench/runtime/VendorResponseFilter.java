package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The usual runtime alternative in the vendor style: wraps the entity in {@link VendorResponse}
 * with the request's id (the client's {@code X-Request-Id} when it is a plain token, else a new
 * UUID, echoed as a header), in the vendor media type, and links a page to the next by a signed
 * cursor.
 */
public final class VendorResponseFilter extends ReflectiveWrapping {

  /** The vendor media type every answer carries. */
  public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/vnd.flow.v2+json");

  private static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private final CursorPaging cursors;

  public VendorResponseFilter(
      @Context ResourceInfo resourceInfo, @Context Configuration configuration) {
    super(resourceInfo, Style.VENDOR);
    this.cursors = new CursorPaging(configuration);
  }

  @Override
  void wrap(ContainerRequestContext request, ContainerResponseContext response, Paged paged) {
    String sent = request.getHeaderString(REQUEST_ID);
    String id = sent != null && TOKEN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    response.getHeaders().putSingle(REQUEST_ID, id);
    Object data = response.getEntity();
    if (paged != null && data instanceof Page<?> page) {
      List<?> items = page.items();
      long limit = number(request, "limit", paged.defaultLimit());
      String cursor = cursors.next(request, cursors.offset(request), items.size(), page.total());
      if (cursor != null) {
        URI next =
            request
                .getUriInfo()
                .getRequestUriBuilder()
                .replaceQueryParam("cursor", cursor)
                .replaceQueryParam("limit", limit)
                .build();
        response.getHeaders().add(HttpHeaders.LINK, Link.fromUri(next).rel("next").build());
      }
      data = items;
    }
    response.setEntity(new VendorResponse<>(data, id), response.getEntityAnnotations(), MEDIA_TYPE);
  }
}
