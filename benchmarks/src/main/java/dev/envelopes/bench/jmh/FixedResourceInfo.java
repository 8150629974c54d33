package dev.envelopes.bench.jmh;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/** What Jersey tells filters about the matched method, fixed to one method outside a server. */
record FixedResourceInfo(Method method) implements ResourceInfo {

  @Override
  public Method getResourceMethod() {
    return method;
  }

  @Override
  public Class<?> getResourceClass() {
    return method.getDeclaringClass();
  }
}
