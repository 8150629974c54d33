package dev.envelopes.sample.support;

import dev.envelopes.sample.fixtures.ArmedFailure;
import dev.envelopes.sample.fixtures.HostileFailure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Throws the failure a test arms it with from the next request, once the runtime has matched the
 * request to its resource method, so that the answer takes the method's style. What a filter
 * throws goes to the exception mappers as what a resource method throws does.
 *
 * <p>A test hands it to the API as one of its providers ({@link SampleRuntime.Setup#withProviders}).
 * A runtime that serves in a process of its own cannot take it there: it arms the process's own
 * sabotage instead, through {@link #armElsewhere}.
 */
public final class Sabotage implements ContainerRequestFilter {

  private final ArmedFailure armed = new ArmedFailure();

  private volatile Consumer<HostileFailure> elsewhere;

  @Override
  public void filter(ContainerRequestContext request) {
    armed.fire();
  }

  /** Runs {@code request} with {@code failure} armed. */
  public <T> T failWith(HostileFailure failure, Supplier<T> request) {
    Consumer<HostileFailure> arm = elsewhere;
    if (arm != null) {
      arm.accept(failure);
      return request.get();
    }
    armed.arm(failure);
    try {
      return request.get();
    } finally {
      armed.disarm();
    }
  }

  /**
   * Arms through {@code arm} from now on, instead of in this JVM: for a runtime that serves in a
   * process of its own, where the failure is made and thrown.
   */
  public void armElsewhere(Consumer<HostileFailure> arm) {
    elsewhere = arm;
  }
}
