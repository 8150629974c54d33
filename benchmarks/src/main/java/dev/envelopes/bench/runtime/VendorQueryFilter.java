package dev.envelopes.bench.runtime;

import dev.envelopes.Style;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vendor API's check of a request's query, the usual runtime way: one filter for every method,
 * which finds by reflection the query parameters the matched method takes (its
 * {@code @QueryParam}s, and {@code include} when its {@link VendorQuery} side-loads) and refuses
 * any other with {@code unsupported_param}, and a {@code view} or {@code include} it does not offer
 * with {@code invalid_attribute}. What reflection finds is kept per method, as such filters do.
 */
public final class VendorQueryFilter implements ContainerRequestFilter {

  /** What the query of a method may hold. */
  private record Accepted(Set<String> parameters, Set<String> views, Set<String> includes) {}

  private static final Map<Method, Accepted> ACCEPTED = new ConcurrentHashMap<>();

  private final ResourceInfo resourceInfo;

  public VendorQueryFilter(@Context ResourceInfo resourceInfo) {
    this.resourceInfo = resourceInfo;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Wrapped wrapped = method.getAnnotation(Wrapped.class);
    if (wrapped == null) {
      wrapped = resourceInfo.getResourceClass().getAnnotation(Wrapped.class);
    }
    if (wrapped == null || wrapped.value() != Style.VENDOR) {
      return;
    }
    Accepted accepted = ACCEPTED.computeIfAbsent(method, VendorQueryFilter::accepted);
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    List<VendorFailure.Fault> faults = new ArrayList<>();
    for (String name : new TreeSet<>(query.keySet())) {
      if (!accepted.parameters().contains(name)) {
        faults.add(
            new VendorFailure.Fault("unsupported_param", "param is not supported: " + name, name));
      }
    }
    List<String> views = query.getOrDefault("view", List.of());
    if (!accepted.views().isEmpty() && (views.size() > 1 || !accepted.views().containsAll(views))) {
      faults.add(
          new VendorFailure.Fault(
              "invalid_attribute",
              "view must be given at most once, as one of: "
                  + String.join(", ", new TreeSet<>(accepted.views())),
              "view"));
    }
    if (!accepted.includes().isEmpty()) {
      for (String name : VendorResponseFilter.included(query)) {
        if (!accepted.includes().contains(name)) {
          faults.add(
              new VendorFailure.Fault(
                  "invalid_attribute",
                  "include cannot side-load "
                      + name
                      + "; it can side-load: "
                      + String.join(", ", new TreeSet<>(accepted.includes())),
                  "include"));
        }
      }
    }
    if (!faults.isEmpty()) {
      request.abortWith(
          VendorFailure.refuse(
              400, request.getHeaderString(VendorRequestFilter.REQUEST_ID), faults));
    }
  }

  private static Accepted accepted(Method method) {
    Set<String> parameters = new TreeSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        parameters.add(query.value());
      }
    }
    VendorQuery vendor = method.getAnnotation(VendorQuery.class);
    Set<String> views = new TreeSet<>();
    Set<String> includes = new TreeSet<>();
    if (vendor != null) {
      if (vendor.views().length > 0) {
        views.add("default");
        views.addAll(Arrays.asList(vendor.views()));
      }
      includes.addAll(Arrays.asList(vendor.includes()));
    }
    if (!includes.isEmpty()) {
      parameters.add("include");
    }
    return new Accepted(Set.copyOf(parameters), Set.copyOf(views), Set.copyOf(includes));
  }
}
