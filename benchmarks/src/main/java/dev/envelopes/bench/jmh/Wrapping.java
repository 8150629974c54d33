package dev.envelopes.bench.jmh;

import dev.envelopes.CursorKey;
import dev.envelopes.Page;
import dev.envelopes.Style;
import dev.envelopes.bench.generated.BareItemResource;
import dev.envelopes.bench.generated.BareItemResourceEnvelopes;
import dev.envelopes.bench.generated.ItemResource;
import dev.envelopes.bench.generated.ItemResourceEnvelopes;
import dev.envelopes.bench.generated.StatusItemResource;
import dev.envelopes.bench.generated.StatusItemResourceEnvelopes;
import dev.envelopes.bench.generated.VendorItemResource;
import dev.envelopes.bench.generated.VendorItemResourceEnvelopes;
import dev.envelopes.bench.generated.VendorRequestIds;
import dev.envelopes.bench.generated.VendorRequests;
import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.items.Payloads;
import dev.envelopes.bench.runtime.ApiResponseFilter;
import dev.envelopes.bench.runtime.BareResponseFilter;
import dev.envelopes.bench.runtime.RuntimeBareItemResource;
import dev.envelopes.bench.runtime.RuntimeItemResource;
import dev.envelopes.bench.runtime.RuntimeStatusItemResource;
import dev.envelopes.bench.runtime.RuntimeVendorItemResource;
import dev.envelopes.bench.runtime.StatusResponseFilter;
import dev.envelopes.bench.runtime.VendorQueryFilter;
import dev.envelopes.bench.runtime.VendorRequestFilter;
import dev.envelopes.bench.runtime.VendorResponseFilter;
import dev.envelopes.bench.server.BenchJson;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * One payload's way from a resource method's result to JSON bytes, as Jersey runs it after the
 * call: the request filters (paging, and the vendor style's request id), the response filters
 * (wrapping) and the JSON writer. The request and response are Jersey's own and reused, so that
 * what is measured is the wrapping and serialising, not the harness.
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

    /** The name of the resource method that answers it. */
    public String method() {
      return method;
    }
  }

  /** The two implementations compared, and the ceilings over the generated one. */
  public enum Implementation {
    GENERATED,
    RUNTIME,
    /** No envelope: only the records that go into {@code data}, serialised by databind. */
    PAYLOAD_ALONE,
    /**
     * No envelope: only the records that go into {@code data}, written by hand with Jackson's
     * streaming API ({@link StreamingPayload}). No envelope that Jackson's generator writes can be
     * faster than this.
     */
    STREAMING_PAYLOAD_ALONE,
    /**
     * The generated side with writing JSON free: its filters run as they do, then the bytes it
     * writes are copied into the sink from an array. No generated code that runs these filters can
     * be faster than this, however it writes JSON.
     */
    GENERATED_FILTERS_ONLY
  }

  /** How the wrapped entity becomes bytes in the sink. */
  @FunctionalInterface
  private interface EntityWriter {
    void write(Object entity, OutputStream out) throws IOException;
  }

  /**
   * The one writer of both sides: the shared {@code ObjectMapper}, as Jersey's provider uses it.
   */
  private static final EntityWriter DATABIND =
      (entity, out) -> BenchJson.MAPPER.writeValue(out, entity);

  /**
   * The application's configuration, as both sides read it: the key that signs cursors, and the
   * clock that dates them when one is given (else the system's, as in the benchmark runs).
   */
  private static Configuration configuration(Clock clock) {
    ResourceConfig configuration =
        new ResourceConfig().property(CursorKey.PROPERTY, Endpoints.CURSOR_KEY);
    return clock == null ? configuration : configuration.property(CursorKey.CLOCK_PROPERTY, clock);
  }

  /**
   * The first segment of the requests' path: the same for both sides, since the links they write
   * repeat it.
   */
  private static final String SIDE = "jmh";

  private final Object result;
  private final String path;
  private final EntityWriter writer;
  private final ContainerRequest request;
  private final ContainerResponse response;
  private final List<ContainerRequestFilter> requestFilters;
  private final List<ContainerResponseFilter> responseFilters;

  /**
   * Where the JSON goes: the response's output stream, reused as Jersey's container reuses its
   * buffers, rather than a new array per operation whose copying would dominate both sides.
   */
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(64 * 1024);

  private Wrapping(
      Object result,
      List<ContainerRequestFilter> requestFilters,
      List<ContainerResponseFilter> responseFilters,
      String path,
      EntityWriter writer) {
    this.result = result;
    this.path = path;
    this.writer = writer;
    this.requestFilters = List.copyOf(requestFilters);
    this.responseFilters = List.copyOf(responseFilters);
    URI base = URI.create("http://localhost:8080/");
    this.request =
        new ContainerRequest(
            base, base.resolve(path), "GET", null, new MapPropertiesDelegate(), null);
    request.header("X-Request-Id", Endpoints.REQUEST_ID);
    this.response = new ContainerResponse(request, Response.ok(result).build());
  }

  /** The wrapping of {@code payload} in {@code style} by {@code implementation}, ready to run. */
  public static Wrapping of(Implementation implementation, Style style, Payload payload) {
    return of(implementation, style, payload, null);
  }

  /**
   * As {@link #of(Implementation, Style, Payload)}, cursors dated by {@code clock}: with a fixed
   * one, both sides sign a cursor alike whichever second each signs it in.
   */
  public static Wrapping of(
      Implementation implementation, Style style, Payload payload, Clock clock) {
    Configuration configuration = configuration(clock);
    Payloads payloads = new Payloads();
    Object result =
        switch (payload) {
          case ONE -> payloads.one();
          case LIST_OF_25 -> payloads.list();
          case PAGE_OF_300 -> payloads.page(Payloads.PAGE_OFFSET, Payloads.PAGE_LIMIT);
        };
    return switch (implementation) {
      case GENERATED -> generated(result, style, payload, configuration);
      case RUNTIME -> runtime(result, style, payload, configuration);
      case PAYLOAD_ALONE ->
          new Wrapping(
              records(result),
              List.of(),
              List.of(),
              Endpoints.path(SIDE, style, payload.method),
              DATABIND);
      case STREAMING_PAYLOAD_ALONE ->
          new Wrapping(
              records(result),
              List.of(),
              List.of(),
              Endpoints.path(SIDE, style, payload.method),
              StreamingPayload::write);
      case GENERATED_FILTERS_ONLY -> {
        Wrapping generated = generated(result, style, payload, configuration);
        generated.run();
        byte[] json = generated.json();
        yield generated.writing((entity, out) -> out.write(json));
      }
    };
  }

  /** The records that go into {@code data}: a page's items, or the result as it is. */
  private static Object records(Object result) {
    return result instanceof Page<?> page ? page.items() : result;
  }

  /** This wrapping's filters on a request and response of its own, writing with {@code other}. */
  private Wrapping writing(EntityWriter other) {
    return new Wrapping(result, requestFilters, responseFilters, path, other);
  }

  /**
   * The filters the generated {@code DynamicFeature} of the style's resource registers for the
   * method, exactly as Jersey would, and in the vendor style the API-wide request-id filters that
   * the generated {@code EnvelopesFeature} adds.
   */
  private static Wrapping generated(
      Object result, Style style, Payload payload, Configuration configuration) {
    Class<?> resource =
        switch (style) {
          case META -> ItemResource.class;
          case BARE -> BareItemResource.class;
          case STATUS -> StatusItemResource.class;
          case VENDOR -> VendorItemResource.class;
        };
    DynamicFeature feature =
        switch (style) {
          case META -> new ItemResourceEnvelopes();
          case BARE -> new BareItemResourceEnvelopes();
          case STATUS -> new StatusItemResourceEnvelopes();
          case VENDOR -> new VendorItemResourceEnvelopes();
        };
    CapturingFeatureContext context = new CapturingFeatureContext(configuration);
    feature.configure(FixedResourceInfo.of(resource, payload.method), context);
    List<ContainerRequestFilter> requestFilters = new ArrayList<>();
    List<ContainerResponseFilter> responseFilters = new ArrayList<>();
    if (style == Style.VENDOR) {
      requestFilters.add(new VendorRequests());
    }
    // The method's filters: where its links point, its paging checks, and its envelope.
    for (Object filter : context.registered()) {
      if (filter instanceof ContainerRequestFilter request) {
        requestFilters.add(request);
      }
      if (filter instanceof ContainerResponseFilter response) {
        responseFilters.add(response);
      }
    }
    if (responseFilters.size() != 1) {
      throw new IllegalStateException("expected one generated envelope, got " + responseFilters);
    }
    if (style == Style.VENDOR) {
      responseFilters.add(new VendorRequestIds());
    }
    return new Wrapping(
        result,
        requestFilters,
        responseFilters,
        Endpoints.path(SIDE, style, payload.method),
        DATABIND);
  }

  /** The style's reflective runtime filter, on the runtime twin of the method. */
  private static Wrapping runtime(
      Object result, Style style, Payload payload, Configuration configuration) {
    ContainerResponseFilter filter =
        switch (style) {
          case META ->
              new ApiResponseFilter(
                  FixedResourceInfo.of(RuntimeItemResource.class, payload.method));
          case BARE ->
              new BareResponseFilter(
                  FixedResourceInfo.of(RuntimeBareItemResource.class, payload.method),
                  configuration);
          case STATUS ->
              new StatusResponseFilter(
                  FixedResourceInfo.of(RuntimeStatusItemResource.class, payload.method));
          case VENDOR ->
              new VendorResponseFilter(
                  FixedResourceInfo.of(RuntimeVendorItemResource.class, payload.method),
                  configuration);
        };
    // The vendor convention's checks before the method runs, as the generated side does them.
    // The API-wide one (request id, version, Accept) and the method's query check, then, after
    // the wrapping, the request id echoed, as the generated side's filters run.
    List<ContainerRequestFilter> requestFilters = new ArrayList<>();
    List<ContainerResponseFilter> responseFilters = new ArrayList<>(List.of(filter));
    if (style == Style.VENDOR) {
      VendorRequestFilter vendorRequests = new VendorRequestFilter();
      requestFilters.add(vendorRequests);
      requestFilters.add(
          new VendorQueryFilter(
              FixedResourceInfo.of(RuntimeVendorItemResource.class, payload.method)));
      responseFilters.add(vendorRequests);
    }
    return new Wrapping(
        result,
        requestFilters,
        responseFilters,
        Endpoints.path(SIDE, style, payload.method),
        DATABIND);
  }

  /**
   * Wraps the method's result and writes it as JSON into the reused sink, as Jersey writes an
   * entity into the response's stream, and answers how many bytes it wrote.
   */
  public int run() {
    try {
      response.getHeaders().clear();
      for (ContainerRequestFilter filter : requestFilters) {
        filter.filter(request);
      }
      if (request.getAbortResponse() != null) {
        throw new IllegalStateException("a request filter refused the request");
      }
      response.setStatus(200);
      response.setEntity(result);
      for (ContainerResponseFilter filter : responseFilters) {
        filter.filter(request, response);
      }
      sink.reset();
      writer.write(response.getEntity(), sink);
      return sink.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON the last {@link #run} wrote. */
  public byte[] json() {
    return sink.toByteArray();
  }

  /** The response's headers after the last {@link #run}. */
  public MultivaluedMap<String, Object> headers() {
    return response.getHeaders();
  }
}
