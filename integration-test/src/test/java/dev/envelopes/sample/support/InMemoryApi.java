package dev.envelopes.sample.support;

import dev.envelopes.CursorKey;
import dev.envelopes.sample.SampleApplication;
import dev.envelopes.sample.SampleStore;
import dev.envelopes.sample.support.SampleApi.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The sample API, with the seed of {@link SampleApi}, answering GET requests in memory through
 * Jersey's {@link ApplicationHandler}: the same filters, resources, mappers and JSON writing as
 * over HTTP, without a socket, for tests that send tens of thousands of requests. Its answers are
 * {@link Response}s, so the assertions of the HTTP tests apply to them unchanged.
 */
public final class InMemoryApi {

  /** The base URI requests are made against; links in answers are relative to its root. */
  public static final String BASE = "http://localhost";

  private final ApplicationHandler handler;

  public InMemoryApi() {
    this(application -> {});
  }

  /**
   * The sample API, changed by {@code setup} before it starts, such as to add a test's provider.
   */
  public InMemoryApi(Consumer<SampleApplication> setup) {
    MutableClock clock = new MutableClock(SampleApi.START);
    SampleStore store = new SampleStore(clock);
    SampleApi.seed(store);
    SampleApplication application =
        new SampleApplication(store, SampleApi.CURSOR_KEY, Map.of(CursorKey.CLOCK_PROPERTY, clock));
    setup.accept(application);
    handler = new ApplicationHandler(ResourceConfig.forApplication(application));
  }

  /** A GET of {@code pathAndQuery}, already encoded, with {@code Accept: application/json}. */
  public Response get(String pathAndQuery) {
    URI uri = URI.create(BASE + pathAndQuery);
    ContainerRequest request =
        new ContainerRequest(
            URI.create(BASE + "/"), uri, "GET", null, new MapPropertiesDelegate(), null);
    request.header("Accept", "application/json");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ContainerResponse answer;
    try {
      answer = handler.apply(request, body).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + uri + " interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("GET " + uri + " failed in Jersey itself", e.getCause());
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(answer.getStringHeaders());
    return new Response(
        HttpRequest.newBuilder(uri).GET().header("Accept", "application/json").build(),
        answer.getStatus(),
        HttpHeaders.of(headers, (name, value) -> true),
        body.toString(StandardCharsets.UTF_8));
  }
}
