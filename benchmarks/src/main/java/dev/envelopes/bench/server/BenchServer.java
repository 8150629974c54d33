package dev.envelopes.bench.server;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.CursorKey;
import dev.envelopes.bench.items.Endpoints;
import dev.envelopes.bench.sample.RuntimeSampleApplication;
import dev.envelopes.sample.SampleApplication;
import dev.envelopes.sample.SampleServer;
import dev.envelopes.sample.SampleStore;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;

/**
 * One JDK HTTP server that serves the sample API both ways, as two Jersey applications under their
 * own context paths: under {@code /generated/} the sample's own {@link SampleApplication}, set up
 * as the sample sets itself up ({@code EnvelopesFeature} and its resources), and under {@code
 * /runtime/} its {@link RuntimeSampleApplication} twin. Each application's API-wide filters see
 * only its own requests. Both serve the same seeded store and sign cursors with the same key.
 */
public final class BenchServer implements AutoCloseable {

  /** The two sides, by the context path each is served under. */
  public static final List<String> SIDES = List.of("generated", "runtime");

  private final HttpServer server;
  private final List<JdkHttpHandlerContainer> containers;

  private BenchServer(HttpServer server, List<JdkHttpHandlerContainer> containers) {
    this.server = server;
    this.containers = containers;
  }

  /**
   * Starts the server on {@code port} of the loopback address; 0 picks a free port. The JDK's
   * server writes a response's headers and body in separate packets; without TCP_NODELAY, a
   * keep-alive client such as wrk waits for the delayed ACK, 40 ms a request, and measures nothing
   * else.
   */
  public static BenchServer start(int port) {
    return start(port, Clock.systemUTC());
  }

  /**
   * As {@link #start(int)}, both sides dating their records and cursors by {@code clock}: with a
   * fixed one, a cursor is the same bytes whichever side and whichever second signs it.
   */
  public static BenchServer start(int port, Clock clock) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SampleStore store = new SampleStore(clock);
    SampleServer.seed(store);
    SampleApplication generated =
        new SampleApplication(store, Endpoints.CURSOR_KEY, Map.of(CursorKey.CLOCK_PROPERTY, clock));
    RuntimeSampleApplication runtime =
        new RuntimeSampleApplication(generated, Endpoints.CURSOR_KEY);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JdkHttpHandlerContainer> containers =
        List.of(serve(server, SIDES.get(0), generated), serve(server, SIDES.get(1), runtime));
    server.start();
    containers.forEach(container -> container.getApplicationHandler().onStartup(container));
    return new BenchServer(server, containers);
  }

  private static JdkHttpHandlerContainer serve(
      HttpServer server, String side, Application application) {
    JdkHttpHandlerContainer container =
        ContainerFactory.createContainer(JdkHttpHandlerContainer.class, application);
    server.createContext("/" + side + "/", container);
    return container;
  }

  /** Where the server answers, ending in a slash: a side's endpoints follow under its name. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    containers.forEach(container -> container.getApplicationHandler().onShutdown(container));
  }

  /** Serves until the process is stopped; the port is the first argument, or 8080. */
  public static void main(String[] args) {
    BenchServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("Serving " + server.base() + "generated/ and " + server.base() + "runtime/");
  }
}
