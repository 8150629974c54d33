package dev.envelopes.processor.model;

import java.util.List;

/**
 * The JSON Schema of a payload type as Jackson's default configuration writes it, with {@code
 * java.time} values as ISO-8601 strings: what the API's OpenAPI document says of a method's data
 * and of a request body. {@code read/PayloadSchemaReader} makes them; the OpenAPI writer renders
 * them.
 */
public sealed interface SchemaModel {

  /**
   * One JSON string, number, integer or boolean.
   *
   * @param type {@code string}, {@code number}, {@code integer} or {@code boolean}
   * @param format the OpenAPI format ({@code int32}, {@code int64}, {@code double}, {@code
   *     date-time}, {@code date}, {@code uuid}, {@code uri}, {@code byte}...), or empty for none
   */
  record Scalar(String type, String format) implements SchemaModel {}

  /**
   * A string that is one of {@code values}: an enum as Jackson writes its constants.
   *
   * @param values the strings, in the enum's declaration order
   */
  record EnumOf(List<String> values) implements SchemaModel {}

  /**
   * A JSON array.
   *
   * @param items the schema of each element
   * @param uniqueItems whether the Java type is a {@code Set}
   */
  record ArrayOf(SchemaModel items, boolean uniqueItems) implements SchemaModel {}

  /**
   * A JSON object with keys of the application's choosing: a {@code Map<String, V>}.
   *
   * @param values the schema of each value
   */
  record MapOf(SchemaModel values) implements SchemaModel {}

  /**
   * A reference to an object schema under {@code components.schemas}.
   *
   * @param name its name there, a key of {@link PayloadSchemas#named()}
   */
  record Named(String name) implements SchemaModel {}

  /**
   * A JSON object with the keys Jackson writes, in the order it writes them.
   *
   * @param properties its keys
   */
  record ObjectOf(List<Property> properties) implements SchemaModel {}

  /**
   * One key of an object.
   *
   * @param name the key, as Jackson writes it ({@code @JsonProperty} applied)
   * @param schema the schema of its value
   * @param required whether the key is always written ({@code @JsonInclude} can make it optional)
   * @param nullable whether its value can be {@code null} (never for a primitive)
   */
  record Property(String name, SchemaModel schema, boolean required, boolean nullable) {}

  /** Any JSON value: what the processor cannot describe, such as {@code Object} or a tree. */
  record Any() implements SchemaModel {}
}
