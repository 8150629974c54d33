package dev.envelopes.bench.runtime;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks the vendor convention asks for before a method runs, written the usual runtime way, so
 * that the runtime twin does the same work per request as the generated code: the client's request
 * id (a plain token, else a new UUID), the version prefix of the path ({@code /v2/...}), the vendor
 * media type in {@code Accept}, and every query parameter one the matched method takes, found by
 * reflection over its {@link QueryParam}s on each request ({@code unsupported_param} otherwise).
 */
public final class VendorRequestFilter implements ContainerRequestFilter {

  private static final String REQUEST_ID = "X-Request-Id";
  private static final String VERSION = "2";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private static final Pattern VERSIONED_PATH = Pattern.compile("v([0-9]{1,9})(/.*)?");
  private static final Pattern VENDOR_TYPE =
      Pattern.compile(
          "\\s*application/vnd\\.flow\\.v([0-9]{1,9})\\+json\\s*(;.*)?", Pattern.CASE_INSENSITIVE);

  private final ResourceInfo resourceInfo;

  public VendorRequestFilter(@Context ResourceInfo resourceInfo) {
    this.resourceInfo = resourceInfo;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String sent = request.getHeaderString(REQUEST_ID);
    if (sent == null || !TOKEN.matcher(sent).matches()) {
      request.getHeaders().putSingle(REQUEST_ID, UUID.randomUUID().toString());
    }
    Matcher versioned = VERSIONED_PATH.matcher(request.getUriInfo().getPath(false));
    if (versioned.matches()) {
      if (!versioned.group(1).equals(VERSION)) {
        request.abortWith(error(404, "unsupported_version", versioned.group(1)));
        return;
      }
      String rest = versioned.group(2) == null ? "" : versioned.group(2).substring(1);
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      request.setRequestUri(
          URI.create(
              request.getUriInfo().getBaseUri() + rest + (query == null ? "" : "?" + query)));
    }
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept != null) {
      for (String type : accept.split(",")) {
        Matcher vendorType = VENDOR_TYPE.matcher(type);
        if (vendorType.matches() && !vendorType.group(1).equals(VERSION)) {
          request.abortWith(error(406, "unsupported_version", vendorType.group(1)));
          return;
        }
      }
    }
    Set<String> taken = queryParametersOf(resourceInfo.getResourceMethod());
    List<String> unsupported = new ArrayList<>();
    for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
      if (!taken.contains(name)) {
        unsupported.add(name);
      }
    }
    if (!unsupported.isEmpty()) {
      request.abortWith(error(400, "unsupported_param", String.join(", ", unsupported)));
    }
  }

  /** The query parameters {@code method} takes, read from its parameters' annotations. */
  private static Set<String> queryParametersOf(Method method) {
    Set<String> names = new HashSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof QueryParam query) {
          names.add(query.value());
        }
      }
    }
    return names;
  }

  private static Response error(int status, String code, String about) {
    return Response.status(status)
        .type(VendorResponseFilter.MEDIA_TYPE)
        .entity(Map.of("errors", List.of(Map.of("code", code, "message", code + ": " + about))))
        .build();
  }
}
