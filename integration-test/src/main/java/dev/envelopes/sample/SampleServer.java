package dev.envelopes.sample;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import jakarta.ws.rs.core.Application;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Serves the sample API on localhost with Jersey on the JDK's built-in HTTP server, with a few projects and
 * tasks to look at. The port is the first argument, or 8080; the key that signs cursors is the
 * environment variable {@code ENVELOPES_CURSOR_KEY} (the base64 of at least 32 bytes), or a random
 * one.
 */
public final class SampleServer {

  /** How many requests the server handles at once. */
  private static final int REQUEST_THREADS = 16;

  private SampleServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    SampleStore store = new SampleStore(Clock.systemUTC());
    seed(store);
    // Without a configured key, cursors are signed with a random key and end with the process.
    HttpServer server = start(store, port, System.getenv("ENVELOPES_CURSOR_KEY"));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    URI base = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    System.out.println("Envelopes sample API on " + base);
    System.out.println("  curl " + base + "projects");
    System.out.println("  curl '" + base + "projects?owner=ada&offset=2&limit=2'");
    System.out.println("  curl " + base + "projects/1/tasks");
    System.out.println("  curl " + base + "projects/999");
    System.out.println("The API's description on " + base + "docs/");
    System.out.println("Stop it with Ctrl+C.");
  }

  /**
   * Starts the API on {@code port} of localhost; 0 picks a free port.
   *
   * @param cursorKey the base64 of the key that signs cursors, or {@code null} for a random one
   */
  public static HttpServer start(SampleStore store, int port, String cursorKey) {
    return start(port, new SampleApplication(store, cursorKey));
  }

  /**
   * Starts the API as above, with more configuration properties.
   *
   * @param properties the other configuration properties by name, such as those of {@code
   *     LinkBase}
   */
  public static HttpServer start(
      SampleStore store, int port, String cursorKey, Map<String, Object> properties) {
    return start(port, new SampleApplication(store, cursorKey, properties));
  }

  /**
   * Starts {@code application} with Jersey on {@code port} of localhost; 0 picks a free port.
   */
  public static HttpServer start(int port, Application application) {
    URI uri = URI.create("http://localhost:" + port + "/");
    HttpServer server =
        JdkHttpServerFactory.createHttpServer(uri, ResourceConfig.forApplication(application), false);
    // Requests run on many threads at once, as in production; daemon threads end with the JVM.
    server.setExecutor(
        Executors.newFixedThreadPool(
            REQUEST_THREADS,
            request -> {
              Thread thread = new Thread(request, "sample-api");
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    return server;
  }

  /**
   * Adds the projects, tasks and API keys the server starts with; the HTTP benchmark serves the
   * same.
   */
  public static void seed(SampleStore store) {
    store.addApiKey("ada-key", "ada");
    store.addApiKey("grace-key", "grace");
    String[][] projects = {
      {"Analytical Engine", "ada"}, {"Notes on the Engine", "ada"}, {"Bernoulli numbers", "ada"},
      {"Compiler A-0", "grace"}, {"COBOL", "grace"}, {"Nanosecond wire", "grace"}
    };
    for (String[] project : projects) {
      Project added = store.addProject(project[0], project[1]);
      store.addTask(added.id(), "Write the outline");
      store.addTask(added.id(), "Review with the team");
    }
  }
}
