package dev.envelopes.processor.write.openapi;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import dev.envelopes.processor.plan.PathTemplate;
import dev.envelopes.processor.plan.ResourcePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One operation of the document: an enveloped method and one HTTP method it answers, at its full
 * path.
 *
 * @param endpoint the method's plan
 * @param method the HTTP method, lower case, as the document's path item keys it
 * @param path the path template, {@code /a/{id}}, class path then method path
 * @param patterns the regular expression of each path variable that has one, by name
 * @param operationId the operation's id: the resource's simple name in lower camel case, then the
 *     method's, with {@code _2} and on for a repeat
 * @param errors the errors it can answer, sorted
 */
record Operation(
    EndpointPlan endpoint,
    String method,
    String path,
    Map<String, String> patterns,
    String operationId,
    List<ErrorAnswer> errors) {

  /** How many locators deep a sub-resource's path is followed. */
  private static final int MAX_LOCATOR_DEPTH = 4;

  /** The order of methods in a path item, as the OpenAPI specification lists them. */
  static final Comparator<String> METHODS_IN_ORDER =
      Comparator.comparingInt(
              (String method) -> {
                int index =
                    List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")
                        .indexOf(method);
                return index < 0 ? Integer.MAX_VALUE : index;
              })
          .thenComparing(Comparator.naturalOrder());

  /**
   * The operations of {@code resources}, in the order of the resources and their methods: a
   * sub-resource's once per path a locator reaches it by.
   */
  static List<Operation> of(ApiPlan plan, Function<EndpointPlan, List<ErrorAnswer>> errors) {
    List<Operation> operations = new ArrayList<>();
    UniqueNames ids = new UniqueNames();
    for (ResourcePlan resource : plan.resources()) {
      for (String prefix : reachesOf(resource.resource(), plan.api().resources())) {
        for (EndpointPlan endpoint : resource.endpoints()) {
          for (String method : endpoint.endpoint().httpMethods()) {
            Map<String, String> patterns = new TreeMap<>();
            String path = template(prefix + "/" + endpoint.endpoint().path().orElse(""), patterns);
            String id = ids.claim(operationIdOf(endpoint));
            operations.add(
                new Operation(
                    endpoint,
                    method.toLowerCase(Locale.ROOT),
                    path,
                    Map.copyOf(patterns),
                    id,
                    errors.apply(endpoint)));
          }
        }
      }
    }
    return List.copyOf(operations);
  }

  /**
   * The paths {@code resource} answers under: its own, or, for a sub-resource, each path of a
   * locator that returns it below each path of the locator's class, in the order of the classes.
   */
  static List<String> reachesOf(ResourceModel resource, List<ResourceModel> resources) {
    List<String> reaches = new ArrayList<>();
    reach(resource.type(), resources, "", reaches, 0);
    return reaches;
  }

  private static void reach(
      ClassName type,
      List<ResourceModel> resources,
      String below,
      List<String> reaches,
      int depth) {
    // A locator may return its own class; the framework then recurses, a document cannot.
    if (depth > MAX_LOCATOR_DEPTH) {
      return;
    }
    for (ResourceModel candidate : resources) {
      if (candidate.type().equals(type) && candidate.hasPath()) {
        reaches.add(candidate.path().get() + "/" + below);
      }
    }
    for (ResourceModel owner : resources) {
      for (LocatorModel locator : owner.locators()) {
        if (locator.subResource().filter(type::equals).isPresent()) {
          reach(
              owner.type(), resources, locator.path().orElse("") + "/" + below, reaches, depth + 1);
        }
      }
    }
  }

  private static String operationIdOf(EndpointPlan endpoint) {
    return operationIdOf(endpoint.resource(), endpoint.endpoint().name());
  }

  /** The id of the operation of {@code resource}'s method {@code name}, before any repeat. */
  static String operationIdOf(ResourceModel resource, String name) {
    String type = resource.type().simpleName();
    return Character.toLowerCase(type.charAt(0))
        + type.substring(1)
        + Character.toUpperCase(name.charAt(0))
        + name.substring(1);
  }

  /**
   * {@code path} as an OpenAPI template: one leading slash, none at the end nor doubled, each
   * {@code {name: regex}} (Jakarta REST) or {@code {name:regex}} (Spring) as {@code {name}}, its
   * expression put in {@code patterns}.
   */
  static String template(String path, Map<String, String> patterns) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '{') {
        int close = PathTemplate.closingBrace(path, i);
        if (close < 0) {
          out.append(path, i, path.length());
          break;
        }
        String variable = path.substring(i + 1, close);
        int colon = variable.indexOf(':');
        String name = (colon < 0 ? variable : variable.substring(0, colon)).strip();
        if (colon >= 0) {
          patterns.put(name, "^(?:" + variable.substring(colon + 1).strip() + ")$");
        }
        out.append('{').append(name).append('}');
        i = close + 1;
      } else {
        if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
          out.append(c);
        }
        i++;
      }
    }
    String joined = out.toString();
    if (!joined.startsWith("/")) {
      joined = "/" + joined;
    }
    while (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined;
  }
}
