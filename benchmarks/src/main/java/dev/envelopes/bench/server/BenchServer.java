package dev.envelopes.bench.server;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.CursorKey;
import dev.envelopes.bench.generated.BareItemResource;
import dev.envelopes.bench.generated.EnvelopesFeature;
import dev.envelopes.bench.generated.ItemResource;
import dev.envelopes.bench.generated.StatusItemResource;
import dev.envelopes.bench.generated.VendorItemResource;
import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.items.Payloads;
import dev.envelopes.bench.runtime.ApiResponseFilter;
import dev.envelopes.bench.runtime.BareResponseFilter;
import dev.envelopes.bench.runtime.RuntimeBareItemResource;
import dev.envelopes.bench.runtime.RuntimeItemResource;
import dev.envelopes.bench.runtime.RuntimeStatusItemResource;
import dev.envelopes.bench.runtime.RuntimeVendorItemResource;
import dev.envelopes.bench.runtime.StatusResponseFilter;
import dev.envelopes.bench.runtime.VendorResponseFilter;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * One Jersey server on the JDK's HTTP server that answers the same payloads in each style both
 * ways: under {@code /generated/<style>/items} with Envelopes' envelopes, under {@code
 * /runtime/<style>/items} with the style's reflective runtime filter ({@link ApiResponseFilter} and
 * its siblings). Both sides sign cursors with the same key.
 */
public final class BenchServer {

  /**
   * Jersey warns about every resource registered as an instance, although it serves them
   * (eclipse-ee4j/jersey#3700). Held here because the logging framework keeps only weak references
   * to its loggers.
   */
  private static final Logger PROVIDER_CHECKS =
      Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  private BenchServer() {}

  /**
   * Starts the server on {@code port} of localhost; 0 picks a free port. The JDK's server writes a
   * response's headers and body in separate packets; without TCP_NODELAY, a keep-alive client such
   * as wrk waits for the delayed ACK, 40 ms a request, and measures nothing else.
   */
  public static HttpServer start(int port) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    PROVIDER_CHECKS.setLevel(Level.SEVERE);
    Payloads payloads = new Payloads();
    ResourceConfig config =
        new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(CursorKey.PROPERTY, Endpoints.CURSOR_KEY)
            .register(JacksonFeature.class)
            .register(BenchJson.class)
            .register(EnvelopesFeature.class)
            .register(ApiResponseFilter.class)
            .register(BareResponseFilter.class)
            .register(StatusResponseFilter.class)
            .register(VendorResponseFilter.class)
            .registerInstances(
                new ItemResource(payloads),
                new BareItemResource(payloads),
                new StatusItemResource(payloads),
                new VendorItemResource(payloads),
                new RuntimeItemResource(payloads),
                new RuntimeBareItemResource(payloads),
                new RuntimeStatusItemResource(payloads),
                new RuntimeVendorItemResource(payloads));
    return JdkHttpServerFactory.createHttpServer(
        URI.create("http://localhost:" + port + "/"), config);
  }

  /** Serves until the process is stopped; the port is the first argument, or 8080. */
  public static void main(String[] args) {
    HttpServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }
}
