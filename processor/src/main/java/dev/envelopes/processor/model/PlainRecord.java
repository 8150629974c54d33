package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A payload record that Jackson databind, configured as it is by default, writes as one object of
 * its components in order, each under its name or its {@code @JsonProperty} rename: a public,
 * non-generic record whose components are all written directly and which carries no other Jackson
 * annotation and no getter beyond its accessors. The generated serializers write it with the
 * streaming API. An enum component counts as written directly when Jackson writes each constant as
 * its name or its {@code @JsonProperty} rename by default (see {@link JsonShape.EnumOf}). A {@code
 * java.time} component counts as written directly: a style that puts ISO-8601 on the wire whatever
 * the mapper does writes it so; the other styles leave a record that reaches one to databind.
 *
 * @param type the record
 * @param components its components, in declaration order
 */
public record PlainRecord(ClassName type, List<Component> components) {

  /**
   * One component.
   *
   * @param key the JSON key: the component's name, or its {@code @JsonProperty} rename
   * @param accessor the name of its accessor
   * @param type its Java type
   * @param shape how its value is written
   */
  public record Component(String key, String accessor, TypeName type, JsonShape shape) {}
}
