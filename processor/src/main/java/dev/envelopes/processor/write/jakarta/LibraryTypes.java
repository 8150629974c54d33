package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;

/** The library types that generated code uses, named once. */
final class LibraryTypes {

  static final ClassName PAGE = ClassName.get("dev.envelopes", "Page");
  static final ClassName CURSOR = ClassName.get("dev.envelopes", "Cursor");
  static final ClassName LINK_BASE = ClassName.get("dev.envelopes", "LinkBase");
  static final ClassName LINK_QUERY = ClassName.get("dev.envelopes", "LinkQuery");
  static final ClassName CURSOR_KEY = ClassName.get("dev.envelopes", "CursorKey");
  static final ClassName STYLE = ClassName.get("dev.envelopes", "Style");
  static final ClassName STATUS_PHRASES = ClassName.get("dev.envelopes", "HttpStatusPhrases");
  static final ClassName ERROR_BOUNDS = ClassName.get("dev.envelopes", "ErrorBounds");
  static final ClassName ASYNC_FAILURES = ClassName.get("dev.envelopes", "AsyncFailures");
  static final ClassName PARAMETER_NAMES = ClassName.get("dev.envelopes", "ParameterNames");
  static final ClassName FIELD_MESSAGES = ClassName.get("dev.envelopes", "FieldMessages");

  static final ClassName FEATURE = ClassName.get("jakarta.ws.rs.core", "Feature");
  static final ClassName FEATURE_CONTEXT = ClassName.get("jakarta.ws.rs.core", "FeatureContext");
  static final ClassName CONTEXT = ClassName.get("jakarta.ws.rs.core", "Context");
  static final ClassName DYNAMIC_FEATURE =
      ClassName.get("jakarta.ws.rs.container", "DynamicFeature");
  static final ClassName RESOURCE_INFO = ClassName.get("jakarta.ws.rs.container", "ResourceInfo");
  static final ClassName REQUEST_FILTER =
      ClassName.get("jakarta.ws.rs.container", "ContainerRequestFilter");
  static final ClassName RESPONSE_FILTER =
      ClassName.get("jakarta.ws.rs.container", "ContainerResponseFilter");
  static final ClassName REQUEST_CONTEXT =
      ClassName.get("jakarta.ws.rs.container", "ContainerRequestContext");
  static final ClassName RESPONSE_CONTEXT =
      ClassName.get("jakarta.ws.rs.container", "ContainerResponseContext");
  static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");
  static final ClassName MEDIA_TYPE = ClassName.get("jakarta.ws.rs.core", "MediaType");
  static final ClassName HTTP_HEADERS = ClassName.get("jakarta.ws.rs.core", "HttpHeaders");
  static final ClassName MULTIVALUED_MAP = ClassName.get("jakarta.ws.rs.core", "MultivaluedMap");
  static final ClassName PRIORITIES = ClassName.get("jakarta.ws.rs", "Priorities");
  static final ClassName PRE_MATCHING = ClassName.get("jakarta.ws.rs.container", "PreMatching");
  static final ClassName BAD_REQUEST = ClassName.get("jakarta.ws.rs", "BadRequestException");
  static final ClassName LINK = ClassName.get("jakarta.ws.rs.core", "Link");
  static final ClassName URI_INFO = ClassName.get("jakarta.ws.rs.core", "UriInfo");
  static final ClassName URI_BUILDER = ClassName.get("jakarta.ws.rs.core", "UriBuilder");
  static final ClassName UUID = ClassName.get("java.util", "UUID");
  static final ClassName EXCEPTION_MAPPER = ClassName.get("jakarta.ws.rs.ext", "ExceptionMapper");
  static final ClassName PROVIDERS = ClassName.get("jakarta.ws.rs.ext", "Providers");
  static final ClassName CONTEXT_RESOLVER = ClassName.get("jakarta.ws.rs.ext", "ContextResolver");

  static final ClassName OBJECT_MAPPER =
      ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
  static final ClassName DESERIALIZATION_CONFIG =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationConfig");
  static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
  static final ClassName BEAN_PROPERTY_DEFINITION =
      ClassName.get("com.fasterxml.jackson.databind.introspect", "BeanPropertyDefinition");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName INVALID_DEFINITION =
      ClassName.get("com.fasterxml.jackson.databind.exc", "InvalidDefinitionException");
  static final ClassName UNRECOGNIZED_PROPERTY =
      ClassName.get("com.fasterxml.jackson.databind.exc", "UnrecognizedPropertyException");

  static final ClassName CONSTRAINT_VIOLATION =
      ClassName.get("jakarta.validation", "ConstraintViolation");
  static final ClassName VALIDATION_PATH = ClassName.get("jakarta.validation", "Path");

  private LibraryTypes() {}
}
