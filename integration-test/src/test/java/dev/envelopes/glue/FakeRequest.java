package dev.envelopes.glue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A GET request as a resource's filters see it, made without any runtime, for tests that call the
 * generated paging classes directly: its URI, decoded query parameters, no path parameters, no
 * headers, its properties, and the answer it was aborted with. Anything else the generated code
 * asked of it would fail the test, as an {@link UnsupportedOperationException}.
 */
final class FakeRequest {

  private final URI uri;
  private final MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
  private final Map<String, Object> properties = new HashMap<>();
  private final MultivaluedMap<String, Object> responseHeaders = new MultivaluedHashMap<>();
  private Response aborted;

  /** A GET of {@code uri}, absolute and already encoded. */
  FakeRequest(URI uri) {
    this.uri = uri;
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int equals = pair.indexOf('=');
        query.add(
            decode(equals < 0 ? pair : pair.substring(0, equals)),
            equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
  }

  /** The answer the request was aborted with, or {@code null}. */
  Response aborted() {
    return aborted;
  }

  /** The headers the answer's filters added. */
  MultivaluedMap<String, Object> responseHeaders() {
    return responseHeaders;
  }

  /** The request, as a filter gets it. */
  ContainerRequestContext context() {
    UriInfo uriInfo = proxy(UriInfo.class, (self, method, args) -> switch (method.getName()) {
      case "getRequestUri" -> uri;
      case "getQueryParameters" -> query;
      case "getPathParameters" -> new MultivaluedHashMap<String, String>();
      default -> unsupported(method.getName());
    });
    return proxy(ContainerRequestContext.class, (self, method, args) -> switch (method.getName()) {
      case "getUriInfo" -> uriInfo;
      case "getMethod" -> "GET";
      case "getHeaderString" -> null;
      case "getProperty" -> properties.get((String) args[0]);
      case "setProperty" -> properties.put((String) args[0], args[1]);
      case "abortWith" -> aborted = (Response) args[0];
      default -> unsupported(method.getName());
    });
  }

  /** The answer to the request, as a response filter gets it. */
  ContainerResponseContext response() {
    return proxy(ContainerResponseContext.class, (self, method, args) -> switch (method.getName()) {
      case "getHeaders" -> responseHeaders;
      case "getStatus" -> 200;
      default -> unsupported(method.getName());
    });
  }

  private static Object unsupported(String method) {
    throw new UnsupportedOperationException(method + " of a fake request");
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(FakeRequest.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
