package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;

/**
 * Jackson's annotations that generated records use, named once: they keep their package in
 * Jackson 2 and 3 alike ({@link JacksonApi} names the rest).
 */
final class JsonTypes {

  static final ClassName JSON_PROPERTY = annotation("JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER = annotation("JsonPropertyOrder");
  static final ClassName JSON_INCLUDE = annotation("JsonInclude");
  static final ClassName JSON_CREATOR = annotation("JsonCreator");

  private static ClassName annotation(String simpleName) {
    return ClassName.get("com.fasterxml.jackson.annotation", simpleName);
  }

  private JsonTypes() {}
}
