package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.MediaTypes;
import dev.envelopes.processor.model.OptOut;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the methods that opt out with {@code @Unenveloped}. Envelopes leaves their
 * answers as the methods write them, so the document says only the media types they declare; their
 * exceptions are still answered as the API's errors, in the style of their class, which is what any
 * other status is.
 */
final class OptedOutOperations {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** What a method without {@code @Produces} or {@code produces} may answer. */
  private static final String ANY_MEDIA_TYPE = "*/*";

  private OptedOutOperations() {}

  /**
   * Adds each opted-out method of {@code plan}'s resources to {@code paths}, at each path its class
   * is reached by, unless an enveloped operation already holds that path and method.
   *
   * @param mediaTypeOf the media type each style writes its errors in
   * @param takenIds the operation ids already given, to which the new ones are added
   */
  static void addTo(
      ApiPlan plan,
      ErrorBodies errors,
      Function<Convention, String> mediaTypeOf,
      Map<String, Map<String, Map<String, Object>>> paths,
      UniqueNames takenIds) {
    for (ResourcePlan resource : plan.resources()) {
      if (resource.endpoints().isEmpty()) {
        continue;
      }
      Convention convention = resource.endpoints().get(0).convention();
      for (Operation.Reach reach :
          Operation.reachesOf(resource.resource(), plan.api().resources())) {
        String prefix = reach.prefix();
        for (OptOut optOut : resource.resource().optOuts()) {
          for (String method : optOut.httpMethods()) {
            Map<String, String> patterns = new TreeMap<>();
            String path = Operation.template(prefix + "/" + optOut.path().orElse(""), patterns);
            Map<String, Map<String, Object>> methods =
                paths.computeIfAbsent(path, key -> new TreeMap<>(Operation.METHODS_IN_ORDER));
            String key = method.toLowerCase(Locale.ROOT);
            if (methods.containsKey(key)) {
              continue;
            }
            String id = takenIds.claim(Operation.operationIdOf(resource.resource(), optOut.name()));
            methods.put(
                key,
                operation(
                    resource.resource().type().simpleName(),
                    id,
                    path,
                    patterns,
                    optOut,
                    mediaTypeOf.apply(convention),
                    errors.anyErrorOf(convention)));
          }
        }
      }
    }
  }

  private static Map<String, Object> operation(
      String tag,
      String id,
      String path,
      Map<String, String> patterns,
      OptOut optOut,
      String errorMediaType,
      Map<String, Object> errorSchema) {
    Map<String, Object> operation = Schemas.object();
    operation.put("tags", List.of(tag));
    operation.put("operationId", id);
    operation.put(
        "description",
        "Opted out with @Unenveloped: answered as the method writes it, not in an envelope.");
    List<Object> parameters = pathParameters(path, patterns);
    if (!parameters.isEmpty()) {
      operation.put("parameters", parameters);
    }
    Map<String, Object> success = Schemas.object();
    success.put("description", "As the method writes it.");
    Map<String, Object> content = Schemas.object();
    Set<String> mediaTypes =
        new LinkedHashSet<>(optOut.produces().map(MediaTypes::types).orElse(List.of()));
    if (mediaTypes.isEmpty()) {
      mediaTypes.add(ANY_MEDIA_TYPE);
    }
    for (String mediaType : mediaTypes) {
      Map<String, Object> media = Schemas.object();
      media.put("schema", Schemas.object());
      content.put(mediaType.split(";", 2)[0].strip(), media);
    }
    success.put("content", content);
    Map<String, Object> failure = Schemas.object();
    failure.put(
        "description",
        "An exception of the method, answered as the API's errors are (the catalog).");
    Map<String, Object> media = Schemas.object();
    media.put("schema", errorSchema);
    Map<String, Object> errorContent = Schemas.object();
    errorContent.put(errorMediaType, media);
    failure.put("content", errorContent);
    Map<String, Object> responses = Schemas.object();
    responses.put("200", success);
    responses.put("default", failure);
    operation.put("responses", responses);
    return operation;
  }

  /** A required string parameter for each variable of {@code path}, with its pattern if any. */
  private static List<Object> pathParameters(String path, Map<String, String> patterns) {
    List<Object> parameters = new ArrayList<>();
    Matcher variables = VARIABLE.matcher(path);
    while (variables.find()) {
      String name = variables.group(1);
      Map<String, Object> schema = Schemas.typed("string", "");
      if (patterns.containsKey(name)) {
        schema.put("pattern", patterns.get(name));
      }
      Map<String, Object> parameter = Schemas.object();
      parameter.put("name", name);
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.put("schema", schema);
      parameters.add(parameter);
    }
    return parameters;
  }
}
