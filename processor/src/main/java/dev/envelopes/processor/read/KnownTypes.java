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
import dev.envelopes.processor.model.LibraryException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The qualified names of the types the reader recognises, other than the web framework's, which
 * its dialect knows. The validation and JSON libraries are named as strings: the processor reads
 * them from the user's classpath and does not depend on them.
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

  /**
   * The classes of the libraries' exceptions that get answers of their own, other than the
   * framework's, whose classes its dialect names; in the kinds' order, as the error mapper
   * lists them.
   */
  static final Map<LibraryException.Kind, String> LIBRARY_EXCEPTIONS =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  LibraryException.Kind.CONSTRAINT_VIOLATION,
                  "jakarta.validation.ConstraintViolationException",
                  LibraryException.Kind.JSON_PARSE,
                  "com.fasterxml.jackson.core.JsonParseException",
                  LibraryException.Kind.JSON_LIMITS,
                  "com.fasterxml.jackson.core.exc.StreamConstraintsException",
                  LibraryException.Kind.JSON_MAPPING,
                  "com.fasterxml.jackson.databind.JsonMappingException")));

  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  static final String OPTIONAL = "java.util.Optional";
  static final String COLLECTION = "java.util.Collection";
  static final String VOID = "java.lang.Void";
  static final String THROWABLE = "java.lang.Throwable";

  private KnownTypes() {}
}
