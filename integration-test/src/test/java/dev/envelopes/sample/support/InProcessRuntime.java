package dev.envelopes.sample.support;

import dev.envelopes.CursorKey;
import dev.envelopes.sample.SampleApplication;
import dev.envelopes.sample.SampleJson;
import dev.envelopes.sample.SampleStore;
import jakarta.ws.rs.core.Application;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A runtime that serves the sample in the tests' own JVM: the tests reach its store and clock
 * directly. Each such runtime says only how it serves an {@link Application} over HTTP.
 */
public abstract class InProcessRuntime implements SampleRuntime {

  /** A server of one runtime, serving one application, until it is stopped. */
  protected interface Server {

    int port();

    void stop();
  }

  /** Serves {@code application} on a free port of localhost. */
  protected abstract Server start(Application application);

  @Override
  public final Served serve(Setup setup) {
    MutableClock clock = new MutableClock(SampleApi.START);
    SampleStore store = new SampleStore(clock);
    SampleApi.seed(store);
    Map<String, Object> properties = new HashMap<>(setup.properties());
    properties.put(CursorKey.CLOCK_PROPERTY, clock);
    SampleApplication application =
        new SampleApplication(
            store,
            setup.cursorKey(),
            setup.json() == null ? new SampleJson() : setup.json(),
            properties);
    application.register(setup.providers().toArray());
    Server server = start(application);
    String base = "http://localhost:" + server.port();
    return new Served() {
      @Override
      public String base() {
        return base;
      }

      @Override
      public long addProject(String name, String owner) {
        return store.addProject(name, owner).id();
      }

      @Override
      public void advanceClock(Duration amount) {
        clock.advance(amount);
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }
}
