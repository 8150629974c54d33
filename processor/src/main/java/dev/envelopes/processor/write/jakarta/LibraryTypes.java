package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import dev.envelopes.AsyncFailures;
import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.ErrorBounds;
import dev.envelopes.FieldMessages;
import dev.envelopes.HttpStatusPhrases;
import dev.envelopes.IncludeParameter;
import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.PageArithmetic;
import dev.envelopes.PageQuery;
import dev.envelopes.ParameterNames;
import dev.envelopes.PrintableFailures;
import dev.envelopes.QualityValues;
import dev.envelopes.RequestIds;
import dev.envelopes.Style;
import dev.envelopes.VendorQueryCheck;
import dev.envelopes.VendorVersions;

/**
 * The types that generated code names, each named once. The annotations jar's classes are named by
 * class literal, so that a renamed class fails here, at compile time; what is the same in every API
 * is written there once, by hand, and tested there. The framework's and Jackson's classes are not
 * on the processor's class path, so they are named by package and simple name.
 */
final class LibraryTypes {

  static final ClassName PAGE = ClassName.get(Page.class);
  static final ClassName CURSOR = ClassName.get(Cursor.class);
  static final ClassName LINK_BASE = ClassName.get(LinkBase.class);
  static final ClassName LINK_QUERY = ClassName.get(LinkQuery.class);
  static final ClassName CURSOR_KEY = ClassName.get(CursorKey.class);
  static final ClassName STYLE = ClassName.get(Style.class);
  static final ClassName STATUS_PHRASES = ClassName.get(HttpStatusPhrases.class);
  static final ClassName ERROR_BOUNDS = ClassName.get(ErrorBounds.class);
  static final ClassName ASYNC_FAILURES = ClassName.get(AsyncFailures.class);
  static final ClassName PRINTABLE_FAILURES = ClassName.get(PrintableFailures.class);
  static final ClassName PARAMETER_NAMES = ClassName.get(ParameterNames.class);
  static final ClassName FIELD_MESSAGES = ClassName.get(FieldMessages.class);
  /** Reads a page's numbers and cursor from the query. */
  static final ClassName PAGE_QUERY = ClassName.get(PageQuery.class);
  static final ClassName QUALITY_VALUES = ClassName.get(QualityValues.class);
  /** Where the pages around a page start. */
  static final ClassName PAGE_ARITHMETIC = ClassName.get(PageArithmetic.class);
  /** The vendor style's request ids. */
  static final ClassName REQUEST_IDS = ClassName.get(RequestIds.class);
  /** How a request names the vendor API's version. */
  static final ClassName VENDOR_VERSIONS = ClassName.get(VendorVersions.class);
  /** The related records a vendor request asks for. */
  static final ClassName INCLUDE_PARAMETER = ClassName.get(IncludeParameter.class);
  /** The check of a vendor request's query. */
  static final ClassName VENDOR_QUERY_CHECK = ClassName.get(VendorQueryCheck.class);

  private static final String RS = "jakarta.ws.rs";
  private static final String CORE = "jakarta.ws.rs.core";
  private static final String CONTAINER = "jakarta.ws.rs.container";
  private static final String EXT = "jakarta.ws.rs.ext";

  static final ClassName FEATURE = ClassName.get(CORE, "Feature");
  static final ClassName FEATURE_CONTEXT = ClassName.get(CORE, "FeatureContext");
  static final ClassName CONTEXT = ClassName.get(CORE, "Context");
  static final ClassName DYNAMIC_FEATURE = ClassName.get(CONTAINER, "DynamicFeature");
  static final ClassName RESOURCE_INFO = ClassName.get(CONTAINER, "ResourceInfo");
  static final ClassName REQUEST_FILTER = ClassName.get(CONTAINER, "ContainerRequestFilter");
  static final ClassName RESPONSE_FILTER = ClassName.get(CONTAINER, "ContainerResponseFilter");
  static final ClassName REQUEST_CONTEXT = ClassName.get(CONTAINER, "ContainerRequestContext");
  static final ClassName RESPONSE_CONTEXT = ClassName.get(CONTAINER, "ContainerResponseContext");
  static final ClassName RESPONSE = ClassName.get(CORE, "Response");
  static final ClassName MEDIA_TYPE = ClassName.get(CORE, "MediaType");
  static final ClassName HTTP_HEADERS = ClassName.get(CORE, "HttpHeaders");
  static final ClassName MULTIVALUED_MAP = ClassName.get(CORE, "MultivaluedMap");
  static final ClassName PRIORITIES = ClassName.get(RS, "Priorities");
  static final ClassName PRE_MATCHING = ClassName.get(CONTAINER, "PreMatching");
  static final ClassName BAD_REQUEST = ClassName.get(RS, "BadRequestException");
  static final ClassName WEB_APPLICATION_EXCEPTION = ClassName.get(RS, "WebApplicationException");
  static final ClassName LINK = ClassName.get(CORE, "Link");
  static final ClassName URI_INFO = ClassName.get(CORE, "UriInfo");
  static final ClassName URI_BUILDER = ClassName.get(CORE, "UriBuilder");
  static final ClassName UUID = ClassName.get(java.util.UUID.class);
  static final ClassName EXCEPTION_MAPPER = ClassName.get(EXT, "ExceptionMapper");
  static final ClassName PROVIDERS = ClassName.get(EXT, "Providers");
  static final ClassName PROVIDER = ClassName.get(EXT, "Provider");
  static final ClassName CONTEXT_RESOLVER = ClassName.get(EXT, "ContextResolver");

  private static final String JACKSON_CORE = "com.fasterxml.jackson.core";
  private static final String DATABIND = "com.fasterxml.jackson.databind";

  static final ClassName OBJECT_MAPPER = ClassName.get(DATABIND, "ObjectMapper");
  static final ClassName DESERIALIZATION_CONFIG = ClassName.get(DATABIND, "DeserializationConfig");
  static final ClassName JAVA_TYPE = ClassName.get(DATABIND, "JavaType");
  static final ClassName BEAN_PROPERTY_DEFINITION =
      ClassName.get(DATABIND + ".introspect", "BeanPropertyDefinition");
  static final ClassName JSON_PARSER = ClassName.get(JACKSON_CORE, "JsonParser");
  static final ClassName JSON_PROCESSING = ClassName.get(JACKSON_CORE, "JsonProcessingException");
  static final ClassName INVALID_DEFINITION =
      ClassName.get(DATABIND + ".exc", "InvalidDefinitionException");
  static final ClassName MISMATCHED_INPUT =
      ClassName.get(DATABIND + ".exc", "MismatchedInputException");
  static final ClassName UNRECOGNIZED_PROPERTY =
      ClassName.get(DATABIND + ".exc", "UnrecognizedPropertyException");

  static final ClassName CONSTRAINT_VIOLATION =
      ClassName.get("jakarta.validation", "ConstraintViolation");
  static final ClassName VALIDATION_PATH = ClassName.get("jakarta.validation", "Path");

  private LibraryTypes() {}
}
