package dev.envelopes.bench.jmh;

import dev.envelopes.Page;
import dev.envelopes.bench.generated.ItemResource;
import dev.envelopes.bench.generated.ItemResourceEnvelopes;
import dev.envelopes.bench.items.Payloads;
import dev.envelopes.bench.runtime.ApiResponseFilter;
import dev.envelopes.bench.runtime.RuntimeItemResource;
import dev.envelopes.bench.server.BenchJson;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

/**
 * One payload's way from a resource method's result to JSON bytes, as Jersey runs it after the
 * call: the method's request filter (paging), its response filter (wrapping) and the JSON writer.
 * The request and response are Jersey's own and reused, so that what is measured is the wrapping
 * and serialising, not the harness.
 */
public final class Wrapping {

  /** The payloads: a small record, a list of 25 records, a page of 300. */
  public enum Payload {
    ONE("one"),
    LIST_OF_25("list"),
    PAGE_OF_300("page");

    private final String method;

    Payload(String method) {
      this.method = method;
    }
  }

  /** The two implementations compared, and the floor under both. */
  public enum Implementation {
    GENERATED,
    RUNTIME,
    /**
     * No envelope: only the records that go into {@code data}, serialised. No envelope, however
     * written, can be faster than this.
     */
    PAYLOAD_ALONE
  }

  private final Object result;
  private final ContainerRequest request;
  private final ContainerResponse response;
  private final ContainerRequestFilter requestFilter;
  private final ContainerResponseFilter responseFilter;

  private Wrapping(
      Object result,
      ContainerRequestFilter requestFilter,
      ContainerResponseFilter responseFilter,
      String path) {
    this.result = result;
    this.requestFilter = requestFilter;
    this.responseFilter = responseFilter;
    URI base = URI.create("http://localhost:8080/");
    URI uri =
        base.resolve(
            "items/" + path + "?offset=" + Payloads.PAGE_OFFSET + "&limit=" + Payloads.PAGE_LIMIT);
    this.request = new ContainerRequest(base, uri, "GET", null, new MapPropertiesDelegate(), null);
    this.response = new ContainerResponse(request, Response.ok(result).build());
  }

  /** The wrapping of {@code payload} by {@code implementation}, ready to run. */
  public static Wrapping of(Implementation implementation, Payload payload) {
    Payloads payloads = new Payloads();
    Object result =
        switch (payload) {
          case ONE -> payloads.one();
          case LIST_OF_25 -> payloads.list();
          case PAGE_OF_300 -> payloads.page(Payloads.PAGE_OFFSET, Payloads.PAGE_LIMIT);
        };
    return switch (implementation) {
      case GENERATED -> generated(result, payload);
      case RUNTIME -> runtime(result, payload);
      case PAYLOAD_ALONE ->
          new Wrapping(
              result instanceof Page<?> page ? page.items() : result, null, null, payload.method);
    };
  }

  private static Wrapping generated(Object result, Payload payload) {
    CapturingFeatureContext context = new CapturingFeatureContext();
    new ItemResourceEnvelopes()
        .configure(new FixedResourceInfo(method(ItemResource.class, payload)), context);
    List<Object> filters = context.registered();
    if (filters.size() != 1) {
      throw new IllegalStateException("expected one generated filter, got " + filters);
    }
    Object filter = filters.get(0);
    ContainerRequestFilter requestFilter =
        filter instanceof ContainerRequestFilter paging ? paging : null;
    return new Wrapping(result, requestFilter, (ContainerResponseFilter) filter, payload.method);
  }

  private static Wrapping runtime(Object result, Payload payload) {
    ApiResponseFilter filter =
        new ApiResponseFilter(new FixedResourceInfo(method(RuntimeItemResource.class, payload)));
    return new Wrapping(result, null, filter, payload.method);
  }

  private static Method method(Class<?> resource, Payload payload) {
    for (Method method : resource.getMethods()) {
      if (method.getName().equals(payload.method)) {
        return method;
      }
    }
    throw new IllegalArgumentException(resource + " has no method " + payload.method);
  }

  /** Wraps the method's result and writes it as JSON, as one request would. */
  public byte[] run() {
    try {
      if (requestFilter != null) {
        requestFilter.filter(request);
      }
      response.setStatus(200);
      response.setEntity(result);
      if (responseFilter != null) {
        responseFilter.filter(request, response);
      }
      return BenchJson.MAPPER.writeValueAsBytes(response.getEntity());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
