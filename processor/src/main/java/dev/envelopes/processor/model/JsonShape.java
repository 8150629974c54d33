package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How a generated serializer writes one payload value: with Jackson's streaming API, because the
 * processor knows at compile time what databind would write for it, or through databind.
 */
public sealed interface JsonShape {

  /**
   * A primitive other than {@code char}, its box, or a {@link String}: one JSON number, boolean or
   * string.
   *
   * @param type the Java type
   */
  record Scalar(TypeName type) implements JsonShape {}

  /**
   * A {@code java.time} value, which a style that puts ISO-8601 on the wire whatever the mapper
   * does writes as an ISO-8601 string; in the other styles, databind writes it and whatever holds
   * it, as the mapper is configured.
   *
   * @param type the type and how it is written
   */
  record DateTime(IsoDateTime type) implements JsonShape {}

  /**
   * A {@link PlainRecord}, written key by key.
   *
   * @param type the record
   */
  record Plain(ClassName type) implements JsonShape {}

  /**
   * An enum that Jackson, configured as it is by default, writes as one JSON string per constant:
   * its name, or its {@code @JsonProperty} rename. Whether the mapper writes each constant so is
   * checked once per mapper, as for the plain records.
   *
   * @param type the enum
   * @param texts the text of each constant, by ordinal (the order the constants are declared in)
   */
  record EnumOf(ClassName type, List<String> texts) implements JsonShape {
    public EnumOf {
      texts = List.copyOf(texts);
    }
  }

  /**
   * A {@code List}, {@code Collection}, {@code Set} or array of objects whose elements are written
   * directly: a JSON array, in iteration order.
   *
   * @param element how each element is written
   */
  record Sequence(JsonShape element) implements JsonShape {}

  /** Anything else: Jackson databind writes it, as the user's mapper is configured. */
  record Databind() implements JsonShape {}

  /** Whether a generated serializer writes values of this shape itself. */
  default boolean isDirect() {
    return !(this instanceof Databind);
  }
}
