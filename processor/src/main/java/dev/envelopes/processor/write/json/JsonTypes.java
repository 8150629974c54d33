package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;

/** The Jackson types that generated records and their serializers use, named once. */
final class JsonTypes {

  static final ClassName JSON_PROPERTY = jackson("annotation", "JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER = jackson("annotation", "JsonPropertyOrder");
  static final ClassName JSON_INCLUDE = jackson("annotation", "JsonInclude");
  static final ClassName JSON_GENERATOR = jackson("core", "JsonGenerator");
  static final ClassName SERIALIZED_STRING = jackson("core.io", "SerializedString");
  static final ClassName SERIALIZER_PROVIDER = jackson("databind", "SerializerProvider");
  static final ClassName JSON_SERIALIZER = jackson("databind", "JsonSerializer");
  static final ClassName JSON_MAPPING_EXCEPTION = jackson("databind", "JsonMappingException");

  private static ClassName jackson(String packageBelowJackson, String simpleName) {
    return ClassName.get("com.fasterxml.jackson." + packageBelowJackson, simpleName);
  }

  private JsonTypes() {}
}
