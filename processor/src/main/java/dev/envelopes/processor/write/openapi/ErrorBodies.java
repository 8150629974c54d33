package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error bodies of each style as components, with the keys of the records {@code
 * SharedRecordsWriter}, {@code StatusSupportRecords} and {@code VendorErrorRecordsWriter} write,
 * and the {@code pagination} objects {@code PaginationObjects} writes; which of them answers a
 * status; and a whole body per {@link ErrorAnswer}, as an example.
 */
final class ErrorBodies {

  /** The request id of the vendor examples, where a real answer has the request's. */
  static final String EXAMPLE_REQUEST_ID = "00000000-0000-0000-0000-000000000000";

  private final GeneratedNames names;
  private final String linkBase;

  ErrorBodies(ApiPlan plan) {
    this.names = plan.names();
    this.linkBase =
        plan.api()
            .declaration()
            .flatMap(ApiDeclaration::vendor)
            .map(VendorDeclaration::errorLinkBase)
            .orElse("");
  }

  /** The error components of the API's styles, by name. */
  void components(List<Convention> conventions, Map<String, Object> components) {
    for (Convention convention : conventions) {
      components.putAll(
          convention.accept(
              new Convention.Visitor<Map<String, Object>>() {
                @Override
                public Map<String, Object> meta(MetaConvention meta) {
                  return metaComponents();
                }

                @Override
                public Map<String, Object> bare(BareConvention bare) {
                  return properties(
                      names.bareError().simpleName(),
                      EnvelopeSchemas.closed(
                          properties("errorCode", string(), "errorMessage", string()),
                          List.of("errorCode", "errorMessage")));
                }

                @Override
                public Map<String, Object> status(StatusConvention status) {
                  return statusComponents();
                }

                @Override
                public Map<String, Object> vendor(VendorConvention vendor) {
                  return vendorComponents();
                }
              }));
    }
  }

  private Map<String, Object> metaComponents() {
    Map<String, Object> components = Schemas.object();
    components.put(
        EnvelopeSchemas.META_PAGINATION,
        EnvelopeSchemas.closed(
            properties("next", uriOrNull(), "prev", uriOrNull()), List.of("next", "prev")));
    components.put(
        names.fieldError().simpleName(),
        EnvelopeSchemas.closed(
            properties("field", Schemas.nullable(string()), "message", string()),
            List.of("field", "message")));
    components.put(names.errorEnvelope().simpleName(), metaError(Schemas.arrayOf(string())));
    components.put(
        names.badRequestEnvelope().simpleName(),
        metaError(Schemas.arrayOf(Schemas.ref(names.fieldError().simpleName()))));
    return components;
  }

  private static Map<String, Object> metaError(Map<String, Object> detailed) {
    Map<String, Object> properties = Schemas.object();
    properties.put("success", EnvelopeSchemas.constant("boolean", false));
    properties.put("code", Schemas.typed("integer", "int32"));
    properties.put("message", string());
    properties.put("status_code", Schemas.typed("integer", "int32"));
    properties.put("status_message", string());
    properties.put("detailed", detailed);
    properties.put("data", Schemas.alwaysNull());
    properties.put("count", Schemas.alwaysNull());
    properties.put("pagination", Schemas.alwaysNull());
    return EnvelopeSchemas.closed(properties, List.copyOf(properties.keySet()));
  }

  private Map<String, Object> statusComponents() {
    Map<String, Object> components = Schemas.object();
    Map<String, Object> integer = Schemas.typed("integer", "int64");
    components.put(
        EnvelopeSchemas.STATUS_PAGINATION,
        EnvelopeSchemas.closed(
            properties("total_count", integer, "current_page", integer, "total_pages", integer),
            List.of("total_count", "current_page", "total_pages")));
    components.put(
        names.statusAttributeErrors().simpleName(),
        EnvelopeSchemas.closed(
            properties("attribute_name", string(), "messages", Schemas.arrayOf(string())),
            List.of("attribute_name", "messages")));
    Map<String, Object> attributes =
        Schemas.arrayOf(Schemas.ref(names.statusAttributeErrors().simpleName()));
    components.put(
        names.statusError().simpleName(),
        EnvelopeSchemas.closed(
            properties(
                "status", EnvelopeSchemas.constant("string", "error"),
                "message", string(),
                "errors", attributes,
                "code", string()),
            List.of("status", "message", "errors")));
    components.put(
        names.statusFailure().simpleName(),
        EnvelopeSchemas.closed(
            properties(
                "status", EnvelopeSchemas.constant("string", "failure"),
                "data", attributes,
                "message", string(),
                "errors", attributes,
                "code", string()),
            List.of("status", "data", "message", "errors")));
    return components;
  }

  private Map<String, Object> vendorComponents() {
    Map<String, Object> components = Schemas.object();
    components.put(
        names.vendorErrorDetail().simpleName(),
        EnvelopeSchemas.closed(
            properties(
                "message", string(),
                "code", string(),
                "link", string(),
                "description", string(),
                "attribute", string()),
            List.of("message", "code", "link", "description")));
    Map<String, Object> errors =
        Schemas.arrayOf(Schemas.ref(names.vendorErrorDetail().simpleName()));
    errors.put("minItems", 1);
    components.put(
        names.vendorError().simpleName(),
        EnvelopeSchemas.closed(
            properties(
                "request_uuid", string(),
                "status", EnvelopeSchemas.constant("string", "error"),
                "errors", errors),
            List.of("request_uuid", "status", "errors")));
    return components;
  }

  /** The body of any error in {@code convention}: its one error record, or any of its records. */
  Map<String, Object> anyErrorOf(Convention convention) {
    Set<Map<String, Object>> bodies = new LinkedHashSet<>();
    for (int status : List.of(400, StatusConvention.FAILURE_STATUS, 404, 500)) {
      bodies.add(schemaOf(convention, status));
    }
    if (bodies.size() == 1) {
      return bodies.iterator().next();
    }
    Map<String, Object> any = Schemas.object();
    any.put("anyOf", List.copyOf(bodies));
    return any;
  }

  /** A reference to the body that answers {@code status} in {@code convention}. */
  Map<String, Object> schemaOf(Convention convention, int status) {
    return Schemas.ref(
        convention.accept(
            new Convention.Visitor<String>() {
              @Override
              public String meta(MetaConvention meta) {
                return (status == 400 ? names.badRequestEnvelope() : names.errorEnvelope())
                    .simpleName();
              }

              @Override
              public String bare(BareConvention bare) {
                return names.bareError().simpleName();
              }

              @Override
              public String status(StatusConvention statusConvention) {
                return (status == StatusConvention.FAILURE_STATUS
                        ? names.statusFailure()
                        : names.statusError())
                    .simpleName();
              }

              @Override
              public String vendor(VendorConvention vendor) {
                return names.vendorError().simpleName();
              }
            }));
  }

  /** The whole body of {@code answer} in {@code convention}. */
  Map<String, Object> example(Convention convention, ErrorAnswer answer) {
    return convention.accept(
        new Convention.Visitor<Map<String, Object>>() {
          @Override
          public Map<String, Object> meta(MetaConvention meta) {
            Map<String, Object> body = Schemas.object();
            body.put("success", false);
            body.put("code", Integer.parseInt(answer.code()));
            body.put("message", answer.message());
            body.put("status_code", answer.status());
            body.put("status_message", ReasonPhrases.of(answer.status()));
            Object entry = answer.detail();
            if (answer.status() == 400) {
              entry =
                  properties("field", answer.attribute().orElse(null), "message", answer.detail());
            }
            body.put("detailed", List.of(entry));
            body.put("data", null);
            body.put("count", null);
            body.put("pagination", null);
            return body;
          }

          @Override
          public Map<String, Object> bare(BareConvention bare) {
            return properties("errorCode", answer.code(), "errorMessage", answer.message());
          }

          @Override
          public Map<String, Object> status(StatusConvention status) {
            Map<String, Object> body = Schemas.object();
            List<Object> attributes = new ArrayList<>();
            answer
                .attribute()
                .ifPresent(
                    name ->
                        attributes.add(
                            properties(
                                "attribute_name", name, "messages", List.of(answer.detail()))));
            boolean failure = answer.status() == StatusConvention.FAILURE_STATUS;
            body.put("status", failure ? "failure" : "error");
            if (failure) {
              body.put("data", attributes);
            }
            body.put("message", answer.message());
            body.put("errors", failure ? attributes : List.of());
            if (!answer.code().isEmpty()) {
              body.put("code", answer.code());
            }
            return body;
          }

          @Override
          public Map<String, Object> vendor(VendorConvention vendor) {
            Map<String, Object> error = Schemas.object();
            error.put("message", answer.message());
            error.put("code", answer.code());
            error.put("link", linkBase + answer.code());
            error.put("description", answer.message());
            answer.attribute().ifPresent(attribute -> error.put("attribute", attribute));
            return properties(
                "request_uuid", EXAMPLE_REQUEST_ID, "status", "error", "errors", List.of(error));
          }
        });
  }

  private static Map<String, Object> string() {
    return Schemas.typed("string", "");
  }

  private static Map<String, Object> uriOrNull() {
    return Schemas.nullable(Schemas.typed("string", "uri-reference"));
  }

  /** An object of the keys and values {@code pairs} alternates, in order. */
  static Map<String, Object> properties(Object... pairs) {
    Map<String, Object> properties = Schemas.object();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
    }
    return properties;
  }
}
