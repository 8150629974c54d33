package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schemas of an API's payloads, for its OpenAPI document.
 *
 * @param types the schema of each payload type, keyed by the {@code TypeName} the model names it
 *     by: {@code ReturnShape.Single.type()}, {@code ReturnShape.Multiple.type()}, {@code
 *     ReturnShape.Paged.itemType()}, and the {@code ParameterModel.type()} of each request body
 * @param named the object schemas that {@link SchemaModel.Named} refers to, by name
 */
public record PayloadSchemas(
    Map<TypeName, SchemaModel> types, SortedMap<String, SchemaModel.ObjectOf> named) {

  public PayloadSchemas {
    types = Map.copyOf(types);
    named = Collections.unmodifiableSortedMap(new TreeMap<>(named));
  }

  /** No schemas: every payload is {@link SchemaModel.Any}. */
  public static PayloadSchemas none() {
    return new PayloadSchemas(Map.of(), new TreeMap<>());
  }

  /** The schema of {@code type}, {@link SchemaModel.Any} if it has none. */
  public SchemaModel of(TypeName type) {
    return types.getOrDefault(type, new SchemaModel.Any());
  }
}
