package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;

/** The Jackson types that generated records and their serializers use, named once. */
final class JsonTypes {

  static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
  static final ClassName JSON_INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  static final ClassName SERIALIZER_PROVIDER =
      ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  static final ClassName JSON_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonSerializer");
  static final ClassName JSON_MAPPING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException");

  private JsonTypes() {}
}
