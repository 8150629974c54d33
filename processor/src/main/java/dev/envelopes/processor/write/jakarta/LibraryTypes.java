package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;

/**
 * The Jakarta REST types that generated code names, each named once (the annotations jar's are
 * {@link dev.envelopes.processor.write.RuntimeTypes}). The framework's and Jackson's classes are
 * not on the processor's class path, so they are named by package and simple name.
 */
final class LibraryTypes {

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
