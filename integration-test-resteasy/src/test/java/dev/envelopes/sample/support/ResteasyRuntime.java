package dev.envelopes.sample.support;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.servlet.api.ServletStackTraces;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** RESTEasy on Undertow, serving the sample's {@link Application} instance as it is. */
public final class ResteasyRuntime extends InProcessRuntime {

  /**
   * The most bytes of request headers Undertow reads; its default, 1 MB, would drop the 1 MB cursor
   * of {@code CursorTamperingTest} before the generated check, which must refuse it with the
   * style's 400. As on Jersey, where the JDK's server is raised to the same.
   */
  private static final int MAX_HEADER_SIZE = 4 * 1024 * 1024;

  @Override
  public String name() {
    return "resteasy";
  }

  @Override
  protected Server start(Application application) {
    ListeningServer server = new ListeningServer();
    server.deploy(application);
    // Undertow's error page shows the stack of an exception that no mapper answered to requests
    // from localhost, as the tests' are; a server in production shows none.
    server
        .getManager()
        .getDeployment()
        .getDeploymentInfo()
        .setServletStackTraces(ServletStackTraces.NONE);
    server.start(
        Undertow.builder()
            .addHttpListener(0, "localhost")
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, MAX_HEADER_SIZE));
    int port = server.port();
    return new Server() {
      @Override
      public int port() {
        return port;
      }

      @Override
      public void stop() {
        server.stop();
      }
    };
  }

  /** The server, which tells the port its listener was given. */
  private static final class ListeningServer extends UndertowJaxrsServer {

    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }
}
