package dev.envelopes.bench.jmh;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the filters a generated {@code DynamicFeature} registers for a method, so that a benchmark
 * runs exactly the filters Jersey would, with the application's {@code configuration}. Generated
 * features register instances only.
 */
final class CapturingFeatureContext implements FeatureContext {

  private final List<Object> registered = new ArrayList<>();
  private final Configuration configuration;

  CapturingFeatureContext(Configuration configuration) {
    this.configuration = configuration;
  }

  List<Object> registered() {
    return registered;
  }

  @Override
  public FeatureContext register(Object component) {
    registered.add(component);
    return this;
  }

  @Override
  public Configuration getConfiguration() {
    return configuration;
  }

  @Override
  public FeatureContext property(String name, Object value) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Class<?> componentClass) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, int priority) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Object component, Class<?>... contracts) {
    throw unexpected();
  }

  @Override
  public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
    throw unexpected();
  }

  private static UnsupportedOperationException unexpected() {
    return new UnsupportedOperationException("generated features only register instances");
  }
}
