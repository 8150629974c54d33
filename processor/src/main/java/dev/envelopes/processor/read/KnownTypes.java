package dev.envelopes.processor.read;

import dev.envelopes.ApiError;
import dev.envelopes.Cursor;
import dev.envelopes.EnvelopeApi;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Includes;
import dev.envelopes.MapException;
import dev.envelopes.MapExceptions;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import dev.envelopes.ResponseCode;
import dev.envelopes.ResponseCodes;
import dev.envelopes.Unenveloped;
import dev.envelopes.VendorConvention;
import dev.envelopes.Views;
import dev.envelopes.processor.model.ParameterModel.Source;
import java.util.Map;

/**
 * The qualified names of the types the reader recognises. Jakarta REST and the JSON libraries are
 * named as strings: the processor reads them from the user's classpath and does not depend on them.
 */
final class KnownTypes {

  static final String ENVELOPED = Enveloped.class.getCanonicalName();
  static final String UNENVELOPED = Unenveloped.class.getCanonicalName();
  static final String PAGINATED = Paginated.class.getCanonicalName();
  static final String PAGE = Page.class.getCanonicalName();
  static final String CURSOR = Cursor.class.getCanonicalName();
  static final String API_ERROR = ApiError.class.getCanonicalName();
  static final String ENVELOPE_API = EnvelopeApi.class.getCanonicalName();
  static final String RESPONSE_CODE = ResponseCode.class.getCanonicalName();
  static final String RESPONSE_CODES = ResponseCodes.class.getCanonicalName();
  static final String MAP_EXCEPTION = MapException.class.getCanonicalName();
  static final String MAP_EXCEPTIONS = MapExceptions.class.getCanonicalName();
  static final String VENDOR_CONVENTION = VendorConvention.class.getCanonicalName();
  static final String VIEWS = Views.class.getCanonicalName();
  static final String INCLUDE = Include.class.getCanonicalName();
  static final String INCLUDES = Includes.class.getCanonicalName();
  static final String RELATED = Related.class.getCanonicalName();

  static final String PATH = "jakarta.ws.rs.Path";
  static final String PRODUCES = "jakarta.ws.rs.Produces";
  static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
  static final String DEFAULT_VALUE = "jakarta.ws.rs.DefaultValue";
  static final String RESPONSE = "jakarta.ws.rs.core.Response";
  static final String FEATURE = "jakarta.ws.rs.core.Feature";
  static final String SUSPENDED = "jakarta.ws.rs.container.Suspended";
  static final String CONTEXT = "jakarta.ws.rs.core.Context";
  static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";

  /** The annotations that bind a parameter to a named part of the request. */
  static final Map<String, Source> NAMED_PARAMETERS =
      Map.of(
          "jakarta.ws.rs.QueryParam", Source.QUERY,
          "jakarta.ws.rs.PathParam", Source.PATH,
          "jakarta.ws.rs.HeaderParam", Source.HEADER,
          "jakarta.ws.rs.CookieParam", Source.COOKIE,
          "jakarta.ws.rs.MatrixParam", Source.MATRIX,
          "jakarta.ws.rs.FormParam", Source.FORM);

  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  static final String OPTIONAL = "java.util.Optional";
  static final String COLLECTION = "java.util.Collection";
  static final String VOID = "java.lang.Void";
  static final String THROWABLE = "java.lang.Throwable";
  static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  static final String FUTURE = "java.util.concurrent.Future";

  private KnownTypes() {}
}
