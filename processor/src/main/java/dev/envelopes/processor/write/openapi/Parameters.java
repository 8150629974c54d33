package dev.envelopes.processor.write.openapi;

import dev.envelopes.RequestIds;
import dev.envelopes.processor.convention.PagingScheme;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters and the request body of an operation: the method's query, path, header and
 * cookie parameters, the paging parameters with their bounds, the vendor style's {@code view},
 * {@code include} and {@code X-Request-Id}. Matrix parameters and the members of a grouped
 * parameter ({@code @BeanParam}) are not in the model, and so not described.
 */
final class Parameters {

  /** What a vendor request id may be; anything else is answered with a new one. */
  static final String REQUEST_ID_PATTERN = "^[A-Za-z0-9._-]{1,128}$";

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private Parameters() {}

  /** The parameters of {@code operation}, sorted by where they are, then by name. */
  static List<Object> of(Operation operation, boolean vendor) {
    EndpointPlan endpoint = operation.endpoint();
    Map<String, Map<String, Object>> parameters = new TreeMap<>();
    for (ParameterModel parameter : endpoint.endpoint().parameters()) {
      inOf(parameter.source())
          .ifPresent(
              in -> {
                Map<String, Object> schema = Schemas.of(parameter.schema());
                if (in.equals("path") && operation.patterns().containsKey(parameter.wireName())) {
                  schema.put("pattern", operation.patterns().get(parameter.wireName()));
                }
                parameter.defaultValue().ifPresent(value -> schema.put("default", typed(schema, value)));
                boolean required =
                    in.equals("path") || parameter.withoutValue() == ParameterModel.WithoutValue.REFUSED;
                put(parameters, parameter(parameter.wireName(), in, required, schema, ""));
              });
    }
    // A variable of a locator's path is its method's parameter, which the model does not keep.
    Matcher variables = VARIABLE.matcher(operation.path());
    while (variables.find()) {
      String name = variables.group(1);
      if (!parameters.containsKey("path " + name)) {
        Map<String, Object> schema = Schemas.typed("string", "");
        if (operation.patterns().containsKey(name)) {
          schema.put("pattern", operation.patterns().get(name));
        }
        put(parameters, parameter(name, "path", true, schema, ""));
      }
    }
    endpoint.paging().ifPresent(paging -> paging(parameters, endpoint, paging));
    if (vendor) {
      endpoint.queryCheck().ifPresent(check -> vendorQuery(parameters, check));
      Map<String, Object> id = Schemas.typed("string", "");
      id.put("pattern", REQUEST_ID_PATTERN);
      put(
          parameters,
          parameter(
              RequestIds.HEADER,
              "header",
              false,
              id,
              "The request's id, echoed in the answer; a new one where absent or not of this form."));
    }
    return new ArrayList<>(parameters.values());
  }

  /** The request body of {@code endpoint}, if it reads one. */
  static Optional<Map<String, Object>> body(
      EndpointPlan endpoint, PayloadSchemas payloads, List<String> mediaTypes) {
    for (ParameterModel parameter : endpoint.endpoint().parameters()) {
      if (parameter.source() == ParameterModel.Source.BODY) {
        Map<String, Object> content = Schemas.object();
        for (String mediaType : mediaTypes) {
          Map<String, Object> media = Schemas.object();
          media.put("schema", Schemas.ofPayload(parameter.type(), payloads));
          content.put(mediaType, media);
        }
        Map<String, Object> body = Schemas.object();
        body.put("required", true);
        body.put("content", content);
        return Optional.of(body);
      }
    }
    Map<String, Object> form = Schemas.object();
    for (ParameterModel parameter : endpoint.endpoint().parameters()) {
      if (parameter.source() == ParameterModel.Source.FORM) {
        form.put(parameter.wireName(), Schemas.of(parameter.schema()));
      }
    }
    if (form.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> schema = Schemas.typed("object", "");
    schema.put("properties", form);
    Map<String, Object> media = Schemas.object();
    media.put("schema", schema);
    Map<String, Object> content = Schemas.object();
    content.put("application/x-www-form-urlencoded", media);
    Map<String, Object> body = Schemas.object();
    body.put("content", content);
    return Optional.of(body);
  }

  private static void paging(
      Map<String, Map<String, Object>> parameters, EndpointPlan endpoint, PagingPlan paging) {
    PagingScheme scheme = endpoint.convention().pagingParameters().scheme();
    String position = endpoint.convention().pagingParameters().position();
    if (scheme == PagingScheme.CURSOR) {
      put(
          parameters,
          parameter(
              position,
              "query",
              false,
              Schemas.typed("string", ""),
              "Where the page starts: opaque and signed, taken from an earlier answer only; the"
                  + " first page when absent."));
    } else {
      PagingPlan.PositionBound bound = paging.position().orElseThrow();
      Map<String, Object> schema =
          Schemas.typed("integer", bound.longType() ? "int64" : "int32");
      long from = scheme == PagingScheme.PAGE ? 1 : 0;
      schema.put("minimum", from);
      schema.put(
          "maximum",
          bound.declared().isPresent()
              ? bound.declared().getAsLong()
              : bound.longType() ? Long.MAX_VALUE : Integer.MAX_VALUE);
      schema.put("default", from);
      put(
          parameters,
          parameter(
              bound.parameter(),
              "query",
              false,
              schema,
              scheme == PagingScheme.PAGE ? "The page, from 1." : "How many records to skip."));
    }
    Map<String, Object> limit = Schemas.typed("integer", "int32");
    limit.put("minimum", 1);
    limit.put("maximum", paging.maxLimit());
    limit.put("default", paging.defaultLimit());
    put(
        parameters,
        parameter(
            paging.limitParameter(), "query", false, limit, "How many records a page holds at most."));
  }

  private static void vendorQuery(
      Map<String, Map<String, Object>> parameters, EndpointPlan.QueryCheck check) {
    if (!check.views().isEmpty()) {
      Map<String, Object> view = Schemas.typed("string", "");
      view.put("enum", new ArrayList<Object>(check.views()));
      view.put("default", VendorConvention.DEFAULT_VIEW);
      put(parameters, parameter(VendorConvention.VIEW, "query", false, view, "The view of the answer."));
    }
    if (!check.includes().isEmpty()) {
      Map<String, Object> name = Schemas.typed("string", "");
      name.put("enum", new ArrayList<Object>(check.includes()));
      Map<String, Object> include = Schemas.arrayOf(name);
      include.put("uniqueItems", true);
      Map<String, Object> parameter =
          parameter(
              VendorConvention.INCLUDE,
              "query",
              false,
              include,
              "The related records to side-load, comma-separated.");
      parameter.put("style", "form");
      parameter.put("explode", false);
      put(parameters, parameter);
    }
  }

  private static Optional<String> inOf(ParameterModel.Source source) {
    return switch (source) {
      case QUERY, PATH, HEADER, COOKIE -> Optional.of(source.name().toLowerCase(Locale.ROOT));
      default -> Optional.empty();
    };
  }

  /** {@code value}, a default as the framework reads it, typed as {@code schema} says. */
  private static Object typed(Map<String, Object> schema, String value) {
    Object type = schema.get("type");
    try {
      if ("integer".equals(type)) {
        return Long.parseLong(value.strip());
      } else if ("number".equals(type)) {
        return Double.parseDouble(value.strip());
      }
    } catch (NumberFormatException e) {
      return value;
    }
    if ("boolean".equals(type)) {
      return Boolean.parseBoolean(value.strip());
    }
    return value;
  }

  private static Map<String, Object> parameter(
      String name, String in, boolean required, Map<String, Object> schema, String description) {
    Map<String, Object> parameter = Schemas.object();
    parameter.put("name", name);
    parameter.put("in", in);
    if (!description.isEmpty()) {
      parameter.put("description", description);
    }
    if (required) {
      parameter.put("required", true);
    }
    parameter.put("schema", schema);
    return parameter;
  }

  /** Keeps one parameter per place and name, the later one winning: paging knows better. */
  private static void put(Map<String, Map<String, Object>> parameters, Map<String, Object> parameter) {
    parameters.put(parameter.get("in") + " " + parameter.get("name"), parameter);
  }
}
