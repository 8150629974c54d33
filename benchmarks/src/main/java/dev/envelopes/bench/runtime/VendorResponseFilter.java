package dev.envelopes.bench.runtime;

import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.Related;
import dev.envelopes.Style;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The usual runtime alternative in the vendor style: wraps the entity in {@link VendorResponse}
 * with the request's id (the client's {@code X-Request-Id} when it is a plain token, else a new
 * UUID, echoed as a header), in the vendor media type, and links a page to the next by a signed
 * cursor. A {@link Related} answer gets the related records the request's {@code include} asks for,
 * beside {@code data}.
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
    this.cursors = new CursorPaging(configuration, resourceInfo);
  }

  @Override
  void wrap(ContainerRequestContext request, ContainerResponseContext response, Paged paged) {
    String id = requestId(request.getHeaderString(REQUEST_ID));
    response.getHeaders().putSingle(REQUEST_ID, id);
    Object data = response.getEntity();
    Map<String, List<?>> related = Map.of();
    if (data instanceof Related<?> withRelated) {
      related = withRelated.included();
      data = withRelated.data();
    }
    if (paged != null && data instanceof Page<?> page) {
      List<?> items = page.items();
      long limit = number(request, "limit", paged.defaultLimit());
      String cursor = cursors.next(request, cursors.offset(request), items.size(), page.total());
      if (cursor != null) {
        URI sent = (URI) request.getProperty(VendorRequestFilter.SENT_URI);
        // Every parameter in the request's order, as the generated code links them: the query
        // filter has refused any the method does not take.
        URI next =
            LinkQuery.everyParameter()
                .link(
                    sent == null ? request.getUriInfo().getRequestUri() : sent,
                    "cursor",
                    cursor,
                    "limit",
                    limit);
        // Relative to the server's root, as the generated code writes it.
        response
            .getHeaders()
            .add(
                HttpHeaders.LINK,
                "<"
                    + LinkBase.UNCONFIGURED.link(next, request::getHeaderString)
                    + ">; rel=\"next\"");
      }
      data = items;
    }
    Object body;
    if (related.isEmpty()) {
      body = new VendorResponse<>(data, id);
    } else {
      // Side-loaded records sit between data and request_id, under their names: a map, as
      // hand-written code builds a body whose keys vary.
      Map<String, Object> withIncluded = new LinkedHashMap<>();
      withIncluded.put("data", data);
      for (String name : included(request.getUriInfo().getQueryParameters())) {
        if (related.containsKey(name)) {
          withIncluded.put(name, related.get(name));
        }
      }
      withIncluded.put("request_id", id);
      body = withIncluded;
    }
    response.setEntity(body, response.getEntityAnnotations(), MEDIA_TYPE);
  }

  /** The request's id: the one the client sent when it is a plain token, else a new UUID. */
  static String requestId(String sent) {
    return sent != null && TOKEN.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
  }

  /** The related records a query asks for: every {@code include} parameter, split at commas. */
  static Set<String> included(MultivaluedMap<String, String> query) {
    Set<String> names = new TreeSet<>();
    for (String value : query.getOrDefault("include", List.of())) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names;
  }
}
