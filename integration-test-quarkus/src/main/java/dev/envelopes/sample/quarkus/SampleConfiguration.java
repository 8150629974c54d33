package dev.envelopes.sample.quarkus;

import dev.envelopes.CursorKey;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The sample's configuration on Quarkus: the JVM's system properties whose names start with {@code
 * envelopes.}, and the clock cursors are dated by, which is the store's.
 *
 * <p>On the other runtimes the configuration is {@code SampleApplication.getProperties()}, which
 * Jakarta REST reflects in the configuration of features. Quarkus REST passes no Application
 * property to features, and gives {@code @Context Application} only during a request: a feature
 * of the application's own sets the properties instead, with {@link FeatureContext#property}.
 */
@Provider
public final class SampleConfiguration implements Feature {

  private static final String PREFIX = "envelopes.";

  @Override
  public boolean configure(FeatureContext context) {
    System.getProperties()
        .forEach(
            (name, value) -> {
              if (name instanceof String property && property.startsWith(PREFIX)) {
                context.property(property, value);
              }
            });
    context.property(CursorKey.CLOCK_PROPERTY, SampleClock.INSTANCE);
    return true;
  }
}
