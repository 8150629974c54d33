package dev.envelopes.bench.jmh;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the filters a generated {@code DynamicFeature} registers for a method, so that a benchmark
 * runs exactly the filters Jersey would, in the order of their priorities, with the application's
 * {@code configuration}. Generated dynamic features register instances only.
 */
final class CapturingFeatureContext implements FeatureContext {

  /** What was registered, with its priority. */
  private final List<Map.Entry<Object, Integer>> registered = new ArrayList<>();
  private final Configuration configuration;

  CapturingFeatureContext(Configuration configuration) {
    this.configuration = configuration;
  }

  /** The components registered, in the order of their priorities, as the runtime runs them. */
  List<Object> registered() {
    return registered.stream()
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public FeatureContext register(Object component) {
    return register(component, Priorities.USER);
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    registered.add(Map.entry(component, priority));
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
