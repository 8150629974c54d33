package dev.envelopes.sample.support;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.sample.SampleServer;
import jakarta.ws.rs.core.Application;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Jersey on the JDK's built-in HTTP server, as {@link SampleServer} serves the sample. */
public final class JerseyRuntime extends InProcessRuntime {

  @Override
  public String name() {
    return "jersey";
  }

  @Override
  protected Server start(Application application) {
    HttpServer server = SampleServer.start(0, application);
    return new Server() {
      @Override
      public int port() {
        return server.getAddress().getPort();
      }

      @Override
      public void stop() {
        server.stop(0);
        // The requests in progress end before stop() returns, as Served.close() promises.
        ExecutorService requests = (ExecutorService) server.getExecutor();
        requests.shutdown();
        try {
          if (!requests.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still running 30 s after the server stopped");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while the requests ended", e);
        }
      }
    };
  }
}
