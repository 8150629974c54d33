package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.VendorOptions;
import dev.envelopes.processor.plan.EndpointPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of each method's successful answer, with the keys its style's record in {@code
 * write/json/} writes, in the same order ({@code MetaRecordWriter}, {@code StatusRecordWriter},
 * {@code VendorRecordWriter}, {@code BareRecordWriter}); its {@code data} is the payload's schema.
 * Each is a component named after the generated record.
 */
final class EnvelopeSchemas {

  /**
   * The component of the meta style's {@code pagination}, the annotations jar's {@code PageLinks}:
   * named after its style, as the style's other components are.
   */
  static final String META_PAGINATION = "MetaPagination";

  /**
   * The component of the status style's {@code pagination}, the annotations jar's {@code
   * PageTotals}.
   */
  static final String STATUS_PAGINATION = "StatusPagination";

  private final PayloadSchemas payloads;

  EnvelopeSchemas(PayloadSchemas payloads) {
    this.payloads = payloads;
  }

  /** The name of {@code endpoint}'s record, and so of its component. */
  static String nameOf(EndpointPlan endpoint) {
    return GeneratedNames.envelope(endpoint.resource(), endpoint.endpoint()).simpleName();
  }

  /**
   * The schema of {@code endpoint}'s successful answer's body, where it has one: a reference to its
   * record's component, put in {@code components}, or the payload's own schema where the style
   * writes no envelope.
   */
  Optional<Map<String, Object>> success(EndpointPlan endpoint, Map<String, Object> components) {
    return endpoint
        .convention()
        .accept(
            new Convention.Visitor<Optional<Map<String, Object>>>() {
              @Override
              public Optional<Map<String, Object>> meta(MetaConvention meta) {
                return named(endpoint, components, metaEnvelope(endpoint));
              }

              @Override
              public Optional<Map<String, Object>> bare(BareConvention bare) {
                return switch (endpoint.result()) {
                  case NO_DATA -> Optional.empty();
                  case CREATED_ID, PAGE -> named(endpoint, components, bareEnvelope(endpoint));
                  default -> Optional.of(data(endpoint, false));
                };
              }

              @Override
              public Optional<Map<String, Object>> status(StatusConvention status) {
                return named(endpoint, components, statusEnvelope(endpoint));
              }

              @Override
              public Optional<Map<String, Object>> vendor(VendorConvention vendor) {
                return named(endpoint, components, vendorEnvelope(endpoint));
              }
            });
  }

  private static Optional<Map<String, Object>> named(
      EndpointPlan endpoint, Map<String, Object> components, Map<String, Object> schema) {
    String name = nameOf(endpoint);
    components.put(name, schema);
    return Optional.of(Schemas.ref(name));
  }

  private Map<String, Object> metaEnvelope(EndpointPlan endpoint) {
    Map<String, Object> properties = Schemas.object();
    properties.put(MetaConvention.ENVELOPE.success(), constant("boolean", true));
    properties.put(MetaConvention.ENVELOPE.code(), Schemas.typed("integer", "int32"));
    properties.put(MetaConvention.ENVELOPE.message(), Schemas.typed("string", ""));
    properties.put(MetaConvention.ENVELOPE.statusCode(), Schemas.typed("integer", "int32"));
    properties.put(MetaConvention.ENVELOPE.statusMessage(), Schemas.typed("string", ""));
    properties.put(MetaConvention.ENVELOPE.detailed(), Schemas.alwaysNull());
    properties.put(MetaConvention.ENVELOPE.data(), data(endpoint, true));
    properties.put(MetaConvention.ENVELOPE.count(), metaCount(endpoint.result()));
    properties.put(
        MetaConvention.ENVELOPE.pagination(),
        endpoint.result() == EndpointPlan.Result.PAGE
            ? Schemas.ref(META_PAGINATION)
            : Schemas.alwaysNull());
    return closed(properties, MetaConvention.ENVELOPE.inOrder());
  }

  /**
   * The meta envelope's {@code count}, as {@code MetaRecordWriter} types it: the size of a
   * collection or array is an {@code int}, the total of a page a {@code long}; otherwise always
   * {@code null}.
   */
  private static Map<String, Object> metaCount(EndpointPlan.Result result) {
    return switch (result) {
      case MULTIPLE -> Schemas.typed("integer", "int32");
      case PAGE -> Schemas.typed("integer", "int64");
      default -> Schemas.alwaysNull();
    };
  }

  private Map<String, Object> statusEnvelope(EndpointPlan endpoint) {
    Map<String, Object> properties = Schemas.object();
    properties.put(StatusConvention.ANSWER.status(), constant("string", "success"));
    properties.put(StatusConvention.ANSWER.data(), data(endpoint, true));
    if (endpoint.result() == EndpointPlan.Result.PAGE) {
      properties.put(StatusConvention.ANSWER.pagination(), Schemas.ref(STATUS_PAGINATION));
    }
    return closed(properties, List.copyOf(properties.keySet()));
  }

  private Map<String, Object> vendorEnvelope(EndpointPlan endpoint) {
    Map<String, Object> properties = Schemas.object();
    properties.put(VendorConvention.SUCCESS.data(), data(endpoint, true));
    for (VendorOptions.IncludeModel include : endpoint.endpoint().vendorOptions().includes()) {
      properties.put(include.name(), Schemas.arrayOf(Schemas.ofPayload(include.type(), payloads)));
    }
    properties.put(VendorConvention.SUCCESS.requestId(), Schemas.typed("string", ""));
    return closed(
        properties, List.of(VendorConvention.SUCCESS.data(), VendorConvention.SUCCESS.requestId()));
  }

  private Map<String, Object> bareEnvelope(EndpointPlan endpoint) {
    Map<String, Object> properties = Schemas.object();
    if (endpoint.result() == EndpointPlan.Result.CREATED_ID) {
      properties.put(BareConvention.ID, data(endpoint, false));
    } else {
      BareConvention.PageKeys pageKeys = BareConvention.PAGE;
      properties.put(pageKeys.cursor(), Schemas.nullable(Schemas.typed("string", "")));
      properties.put(pageKeys.count(), Schemas.typed("integer", "int32"));
      properties.put(pageKeys.totalRecordCount(), Schemas.typed("integer", "int64"));
      properties.put(pageKeys.hasMoreRecords(), Schemas.typed("boolean", ""));
      properties.put(pageKeys.data(), data(endpoint, false));
    }
    return closed(properties, List.copyOf(properties.keySet()));
  }

  /**
   * The schema of {@code data}: the payload's, an array of the items of a page, {@code null} for no
   * data; {@code null} too for a single value that may be absent, where {@code nullable}.
   */
  private Map<String, Object> data(EndpointPlan endpoint, boolean nullable) {
    ReturnShape returns = endpoint.endpoint().returns();
    if (returns instanceof ReturnShape.Single single) {
      Map<String, Object> schema = Schemas.ofPayload(single.type(), payloads);
      boolean mayBeNull =
          nullable && endpoint.result() != EndpointPlan.Result.CREATED_ID && !single.primitive();
      return mayBeNull ? Schemas.nullable(schema) : schema;
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      Map<String, Object> schema = Schemas.ofPayload(multiple.type(), payloads);
      return schema.isEmpty() ? Schemas.arrayOf(Schemas.object()) : schema;
    } else if (returns instanceof ReturnShape.Paged paged) {
      return Schemas.arrayOf(Schemas.ofPayload(paged.itemType(), payloads));
    }
    return Schemas.alwaysNull();
  }

  /** An object with exactly {@code properties}, of which {@code required} are always written. */
  static Map<String, Object> closed(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = Schemas.typed("object", "");
    schema.put("properties", properties);
    schema.put("required", new ArrayList<Object>(required));
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A {@code type} schema whose only value is {@code value}. */
  static Map<String, Object> constant(String type, Object value) {
    Map<String, Object> schema = Schemas.typed(type, "");
    schema.put("const", value);
    return schema;
  }
}
