package dev.envelopes.processor.dialect.jakarta;

import dev.envelopes.processor.model.ParameterModel.Source;
import java.util.List;
import java.util.Map;

/**
 * The qualified names of the types the Jakarta REST dialect reads, as strings: the processor reads
 * them from the user's classpath and does not depend on Jakarta REST.
 */
final class JakartaRestNames {

  /** The package of every Jakarta REST annotation. */
  static final String PACKAGE = "jakarta.ws.rs.";

  static final String PATH = "jakarta.ws.rs.Path";
  static final String PRODUCES = "jakarta.ws.rs.Produces";
  static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
  static final String DEFAULT_VALUE = "jakarta.ws.rs.DefaultValue";
  static final String RESPONSE = "jakarta.ws.rs.core.Response";
  static final String FEATURE = "jakarta.ws.rs.core.Feature";
  static final String SUSPENDED = "jakarta.ws.rs.container.Suspended";
  static final String CONTEXT = "jakarta.ws.rs.core.Context";
  static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";
  static final String WEB_APPLICATION_EXCEPTION = "jakarta.ws.rs.WebApplicationException";

  /**
   * Returns an envelope cannot wrap: a {@code Response}, already an answer, and a raw stage or a
   * kind of future Jakarta REST does not complete (with their subtypes).
   */
  static final List<String> UNWRAPPABLE =
      List.of(RESPONSE, "java.util.concurrent.CompletionStage", "java.util.concurrent.Future");

  /** The annotations that bind a parameter to a named part of the request. */
  static final Map<String, Source> NAMED_PARAMETERS =
      Map.of(
          "jakarta.ws.rs.QueryParam", Source.QUERY,
          "jakarta.ws.rs.PathParam", Source.PATH,
          "jakarta.ws.rs.HeaderParam", Source.HEADER,
          "jakarta.ws.rs.CookieParam", Source.COOKIE,
          "jakarta.ws.rs.MatrixParam", Source.PATH_SEGMENT,
          "jakarta.ws.rs.FormParam", Source.FORM);

  /** The annotations that hand a parameter something other than a named value of the request. */
  static final Map<String, Source> UNNAMED_PARAMETERS =
      Map.of(
          CONTEXT, Source.FRAMEWORK,
          SUSPENDED, Source.ASYNC_RESPONDER,
          BEAN_PARAM, Source.GROUPED);

  private JakartaRestNames() {}
}
