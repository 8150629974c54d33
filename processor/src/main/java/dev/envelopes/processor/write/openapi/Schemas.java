package dev.envelopes.processor.write.openapi;

import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON Schemas as the document writes them: of a payload or a parameter ({@link SchemaModel}, as
 * the reader read it), a reference, and the nullable form of each.
 */
final class Schemas {

  /** Where components are referred to from. */
  static final String COMPONENTS = "#/components/schemas/";

  private Schemas() {}

  /** A new empty object, keeping the order keys are put in. */
  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** {@code {"$ref": "#/components/schemas/<name>"}}. */
  static Map<String, Object> ref(String name) {
    Map<String, Object> ref = object();
    ref.put("$ref", COMPONENTS + name);
    return ref;
  }

  /** {@code {"type": type}}, with {@code format} unless it is empty. */
  static Map<String, Object> typed(String type, String format) {
    Map<String, Object> schema = object();
    schema.put("type", type);
    if (!format.isEmpty()) {
      schema.put("format", format);
    }
    return schema;
  }

  /**
   * {@code {"const": null}}: a key that is always {@code null}. Not {@code {"type": "null"}}, which
   * says the same to a validator but which openapi-generator's Java client makes a class of.
   */
  static Map<String, Object> alwaysNull() {
    Map<String, Object> schema = object();
    schema.put("const", null);
    return schema;
  }

  /** {@code {"type": "array", "items": items}}. */
  static Map<String, Object> arrayOf(Map<String, Object> items) {
    Map<String, Object> array = typed("array", "");
    array.put("items", items);
    return array;
  }

  /** {@code schema}, or {@code null} too: a type list, or {@code anyOf} for a reference. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String single) {
      Map<String, Object> copy = new LinkedHashMap<>(schema);
      copy.put("type", "null".equals(single) ? single : List.of(single, "null"));
      // An immutable list refuses to be asked whether it holds null.
      if (copy.get("enum") instanceof List<?> values
          && values.stream().noneMatch(Objects::isNull)) {
        List<Object> withNull = new ArrayList<>((List<Object>) values);
        withNull.add(null);
        copy.put("enum", withNull);
      }
      return copy;
    }
    if (schema.isEmpty() || type instanceof List<?>) {
      return schema;
    }
    if (schema.equals(alwaysNull())) {
      return schema;
    }
    Map<String, Object> any = object();
    any.put("anyOf", List.of(schema, typed("null", "")));
    return any;
  }

  /** The schema of a payload of {@code type}, as the reader read it; any value if it has none. */
  static Map<String, Object> ofPayload(TypeName type, PayloadSchemas payloads) {
    return of(payloads.of(type));
  }

  /** {@code schema} in JSON Schema. */
  static Map<String, Object> of(SchemaModel schema) {
    if (schema instanceof SchemaModel.Scalar scalar) {
      return typed(scalar.type(), scalar.format());
    } else if (schema instanceof SchemaModel.EnumOf enumOf) {
      Map<String, Object> values = typed("string", "");
      values.put("enum", List.copyOf(enumOf.values()));
      return values;
    } else if (schema instanceof SchemaModel.ArrayOf array) {
      Map<String, Object> items = arrayOf(of(array.items()));
      if (array.uniqueItems()) {
        items.put("uniqueItems", true);
      }
      return items;
    } else if (schema instanceof SchemaModel.MapOf map) {
      Map<String, Object> values = typed("object", "");
      values.put("additionalProperties", of(map.values()));
      return values;
    } else if (schema instanceof SchemaModel.Named named) {
      return ref(named.name());
    } else if (schema instanceof SchemaModel.ObjectOf objectOf) {
      return objectOf(objectOf);
    }
    return object();
  }

  private static Map<String, Object> objectOf(SchemaModel.ObjectOf objectOf) {
    Map<String, Object> schema = typed("object", "");
    Map<String, Object> properties = object();
    List<Object> required = new ArrayList<>();
    for (SchemaModel.Property property : objectOf.properties()) {
      Map<String, Object> value = of(property.schema());
      properties.put(property.name(), property.nullable() ? nullable(value) : value);
      if (property.required()) {
        required.add(property.name());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }
}
