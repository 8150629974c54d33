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
                      allRequired(
                          BareConvention.ERROR.errorCode(),
                          string(),
                          BareConvention.ERROR.errorMessage(),
                          string()));
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
        allRequired(
            MetaConvention.PAGINATION.next(),
            uriOrNull(),
            MetaConvention.PAGINATION.prev(),
            uriOrNull()));
    components.put(
        names.fieldError().simpleName(),
        allRequired(
            MetaConvention.FIELD_ERROR.field(),
            Schemas.nullable(string()),
            MetaConvention.FIELD_ERROR.message(),
            string()));
    components.put(names.errorEnvelope().simpleName(), metaError(Schemas.arrayOf(string())));
    components.put(
        names.badRequestEnvelope().simpleName(),
        metaError(Schemas.arrayOf(Schemas.ref(names.fieldError().simpleName()))));
    return components;
  }

  private static Map<String, Object> metaError(Map<String, Object> detailed) {
    Map<String, Object> properties = Schemas.object();
    properties.put(MetaConvention.ENVELOPE.success(), EnvelopeSchemas.constant("boolean", false));
    properties.put(MetaConvention.ENVELOPE.code(), Schemas.typed("integer", "int32"));
    properties.put(MetaConvention.ENVELOPE.message(), string());
    properties.put(MetaConvention.ENVELOPE.statusCode(), Schemas.typed("integer", "int32"));
    properties.put(MetaConvention.ENVELOPE.statusMessage(), string());
    properties.put(MetaConvention.ENVELOPE.detailed(), detailed);
    properties.put(MetaConvention.ENVELOPE.data(), Schemas.alwaysNull());
    properties.put(MetaConvention.ENVELOPE.count(), Schemas.alwaysNull());
    properties.put(MetaConvention.ENVELOPE.pagination(), Schemas.alwaysNull());
    return EnvelopeSchemas.closed(properties, MetaConvention.ENVELOPE.inOrder());
  }

  private Map<String, Object> statusComponents() {
    StatusConvention.PaginationKeys paginationKeys = StatusConvention.PAGINATION;
    Map<String, Object> components = Schemas.object();
    Map<String, Object> integer = Schemas.typed("integer", "int64");
    components.put(
        EnvelopeSchemas.STATUS_PAGINATION,
        allRequired(
            paginationKeys.totalCount(),
            integer,
            paginationKeys.currentPage(),
            integer,
            paginationKeys.totalPages(),
            integer));
    components.put(
        names.statusAttributeErrors().simpleName(),
        allRequired(
            StatusConvention.ATTRIBUTE.attributeName(),
            string(),
            StatusConvention.ATTRIBUTE.messages(),
            Schemas.arrayOf(string())));
    Map<String, Object> attributes =
        Schemas.arrayOf(Schemas.ref(names.statusAttributeErrors().simpleName()));
    components.put(names.statusError().simpleName(), statusAnswer("error", attributes));
    components.put(names.statusFailure().simpleName(), statusAnswer("failure", attributes));
    return components;
  }

  /**
   * The status envelope's {@code error} or {@code failure} answer, as {@code status} says: a
   * failure's {@code data} lists the {@code attributes} at fault; {@code code} may be left out.
   */
  private static Map<String, Object> statusAnswer(String status, Map<String, Object> attributes) {
    Map<String, Object> properties = Schemas.object();
    properties.put(StatusConvention.ANSWER.status(), EnvelopeSchemas.constant("string", status));
    if (status.equals("failure")) {
      properties.put(StatusConvention.ANSWER.data(), attributes);
    }
    properties.put(StatusConvention.ANSWER.message(), string());
    properties.put(StatusConvention.ANSWER.errors(), attributes);
    properties.put(StatusConvention.ANSWER.code(), string());
    return allButLastRequired(properties);
  }

  private Map<String, Object> vendorComponents() {
    VendorConvention.DetailKeys detailKeys = VendorConvention.DETAIL;
    VendorConvention.ErrorKeys errorKeys = VendorConvention.ERROR;
    Map<String, Object> components = Schemas.object();
    components.put(
        names.vendorErrorDetail().simpleName(),
        allButLastRequired(
            properties(
                detailKeys.message(),
                string(),
                detailKeys.code(),
                string(),
                detailKeys.link(),
                string(),
                detailKeys.description(),
                string(),
                detailKeys.attribute(),
                string())));
    Map<String, Object> errors =
        Schemas.arrayOf(Schemas.ref(names.vendorErrorDetail().simpleName()));
    errors.put("minItems", 1);
    components.put(
        names.vendorError().simpleName(),
        allRequired(
            errorKeys.requestUuid(),
            string(),
            errorKeys.status(),
            EnvelopeSchemas.constant("string", "error"),
            errorKeys.errors(),
            errors));
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
            body.put(MetaConvention.ENVELOPE.success(), false);
            body.put(MetaConvention.ENVELOPE.code(), Integer.parseInt(answer.code()));
            body.put(MetaConvention.ENVELOPE.message(), answer.message());
            body.put(MetaConvention.ENVELOPE.statusCode(), answer.status());
            body.put(MetaConvention.ENVELOPE.statusMessage(), ReasonPhrases.of(answer.status()));
            Object entry = answer.detail();
            if (answer.status() == 400) {
              entry =
                  properties(
                      MetaConvention.FIELD_ERROR.field(),
                      answer.attribute().orElse(null),
                      MetaConvention.FIELD_ERROR.message(),
                      answer.detail());
            }
            body.put(MetaConvention.ENVELOPE.detailed(), List.of(entry));
            body.put(MetaConvention.ENVELOPE.data(), null);
            body.put(MetaConvention.ENVELOPE.count(), null);
            body.put(MetaConvention.ENVELOPE.pagination(), null);
            return body;
          }

          @Override
          public Map<String, Object> bare(BareConvention bare) {
            return properties(
                BareConvention.ERROR.errorCode(),
                answer.code(),
                BareConvention.ERROR.errorMessage(),
                answer.message());
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
                                StatusConvention.ATTRIBUTE.attributeName(),
                                name,
                                StatusConvention.ATTRIBUTE.messages(),
                                List.of(answer.detail()))));
            boolean failure = answer.status() == StatusConvention.FAILURE_STATUS;
            body.put(StatusConvention.ANSWER.status(), failure ? "failure" : "error");
            if (failure) {
              body.put(StatusConvention.ANSWER.data(), attributes);
            }
            body.put(StatusConvention.ANSWER.message(), answer.message());
            body.put(StatusConvention.ANSWER.errors(), failure ? attributes : List.of());
            if (!answer.code().isEmpty()) {
              body.put(StatusConvention.ANSWER.code(), answer.code());
            }
            return body;
          }

          @Override
          public Map<String, Object> vendor(VendorConvention vendor) {
            Map<String, Object> error = Schemas.object();
            error.put(VendorConvention.DETAIL.message(), answer.message());
            error.put(VendorConvention.DETAIL.code(), answer.code());
            error.put(VendorConvention.DETAIL.link(), linkBase + answer.code());
            error.put(VendorConvention.DETAIL.description(), answer.message());
            answer
                .attribute()
                .ifPresent(attribute -> error.put(VendorConvention.DETAIL.attribute(), attribute));
            return properties(
                VendorConvention.ERROR.requestUuid(),
                EXAMPLE_REQUEST_ID,
                VendorConvention.ERROR.status(),
                "error",
                VendorConvention.ERROR.errors(),
                List.of(error));
          }
        });
  }

  private static Map<String, Object> string() {
    return Schemas.typed("string", "");
  }

  private static Map<String, Object> uriOrNull() {
    return Schemas.nullable(Schemas.typed("string", "uri-reference"));
  }

  /** A closed object of the keys and schemas {@code pairs} alternates, in order, all required. */
  private static Map<String, Object> allRequired(Object... pairs) {
    Map<String, Object> properties = properties(pairs);
    return EnvelopeSchemas.closed(properties, List.copyOf(properties.keySet()));
  }

  /**
   * A closed object of {@code properties}, all required but the last, which the record leaves out
   * when it is {@code null}.
   */
  private static Map<String, Object> allButLastRequired(Map<String, Object> properties) {
    List<String> keys = List.copyOf(properties.keySet());
    return EnvelopeSchemas.closed(properties, keys.subList(0, keys.size() - 1));
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
