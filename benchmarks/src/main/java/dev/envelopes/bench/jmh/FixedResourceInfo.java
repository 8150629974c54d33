package dev.envelopes.bench.jmh;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * What Jersey tells filters about the matched method, fixed to one method of one resource class
 * outside a server. The class is the resource's, which for an inherited method is not the class
 * that declares it.
 */
record FixedResourceInfo(Class<?> resourceClass, Method method) implements ResourceInfo {

  /** The method of {@code resource} named {@code name}. */
  static FixedResourceInfo of(Class<?> resource, String name) {
    for (Method method : resource.getMethods()) {
      if (method.getName().equals(name)) {
        return new FixedResourceInfo(resource, method);
      }
    }
    throw new IllegalArgumentException(resource + " has no method " + name);
  }

  @Override
  public Method getResourceMethod() {
    return method;
  }

  @Override
  public Class<?> getResourceClass() {
    return resourceClass;
  }
}
