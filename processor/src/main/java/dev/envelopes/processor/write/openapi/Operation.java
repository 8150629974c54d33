package dev.envelopes.processor.write.openapi;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.LocatorModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import dev.envelopes.processor.plan.ErrorAnswers;
import dev.envelopes.processor.plan.PathTemplate;
import dev.envelopes.processor.plan.ResourcePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * @param errors the errors it can answer in its own style, sorted
 * @param refusals the errors the vendor style's version filter answers it in the vendor style, for
 *     an operation of another style whose requests the filter takes: the filter's refusals of
 *     another version; none otherwise
 * @param versionTaken whether the version filter takes its requests, so that every answer carries
 *     an {@code X-Request-Id} ({@link ApiPlan#versionFilterTakes})
 */
record Operation(
    EndpointPlan endpoint,
    String method,
    String path,
    Map<String, String> patterns,
    String operationId,
    List<ErrorAnswer> errors,
    List<ErrorAnswer> refusals,
    boolean versionTaken) {

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
   * sub-resource's once per path a locator reaches it by; their errors from {@code answers}.
   */
  static List<Operation> of(ApiPlan plan, ErrorAnswers answers) {
    List<Operation> operations = new ArrayList<>();
    UniqueNames ids = new UniqueNames();
    for (ResourcePlan resource : plan.resources()) {
      for (Reach reach : reachesOf(resource.resource(), plan.api().resources())) {
        for (EndpointPlan endpoint : resource.endpoints()) {
          String below = endpoint.endpoint().path().orElse("");
          boolean taken = plan.versionFilterTakes(reach.root(), reach.template().below(below));
          List<ErrorAnswer> errors = answers.answersOf(endpoint, taken);
          List<ErrorAnswer> refusals = answers.refusalsOf(endpoint, taken);
          for (String method : endpoint.endpoint().httpMethods()) {
            Map<String, String> patterns = new TreeMap<>();
            String path = template(reach.prefix() + "/" + below, patterns);
            String id = ids.claim(operationIdOf(endpoint));
            operations.add(
                new Operation(
                    endpoint,
                    method.toLowerCase(Locale.ROOT),
                    path,
                    Map.copyOf(patterns),
                    id,
                    errors,
                    refusals,
                    taken));
          }
        }
      }
    }
    return List.copyOf(operations);
  }

  /**
   * A path a resource answers under.
   *
   * @param root the resource with a path it starts at: the resource itself, or the class of the
   *     first locator that reaches a sub-resource
   * @param prefix the path, root's and each locator's, as written
   * @param template the path as its framework matches it
   */
  record Reach(ResourceModel root, String prefix, PathTemplate template) {}

  /**
   * The paths {@code resource} answers under: its own, or, for a sub-resource, each path of a
   * locator that returns it below each path of the locator's class, in the order of the classes.
   */
  static List<Reach> reachesOf(ResourceModel resource, List<ResourceModel> resources) {
    List<Reach> reaches = new ArrayList<>();
    reach(resource.type(), resources, List.of(), reaches, 0);
    return reaches;
  }

  /**
   * Adds to {@code reaches} the paths {@code type} answers under, where {@code below} are the paths
   * of the locators that lead from it to the resource, the first locator's first.
   */
  private static void reach(
      ClassName type,
      List<ResourceModel> resources,
      List<String> below,
      List<Reach> reaches,
      int depth) {
    // A locator may return its own class; the framework then recurses, a document cannot.
    if (depth > MAX_LOCATOR_DEPTH) {
      return;
    }
    for (ResourceModel candidate : resources) {
      if (candidate.type().equals(type) && candidate.hasPath()) {
        StringBuilder prefix = new StringBuilder(candidate.path().get()).append('/');
        PathTemplate template = PathTemplate.of(candidate.path().get());
        for (String path : below) {
          prefix.append(path).append('/');
          template = template.below(path);
        }
        reaches.add(new Reach(candidate, prefix.toString(), template));
      }
    }
    for (ResourceModel owner : resources) {
      for (LocatorModel locator : owner.locators()) {
        if (locator.subResource().filter(type::equals).isPresent()) {
          List<String> paths = new ArrayList<>();
          paths.add(locator.path().orElse(""));
          paths.addAll(below);
          reach(owner.type(), resources, paths, reaches, depth + 1);
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
