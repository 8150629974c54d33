package dev.envelopes.sample.support;

import com.sun.net.httpserver.HttpServer;
import dev.envelopes.sample.SampleServer;
import jakarta.ws.rs.core.Application;

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
      }
    };
  }
}
