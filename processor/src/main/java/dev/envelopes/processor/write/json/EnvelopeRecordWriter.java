package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders one meta envelope as a record whose components are the convention's nine keys, in its
 * order, each typed as precisely as the answer allows: a key that is always {@code null} in this
 * envelope is typed {@link Void}, so the type itself says so.
 */
public final class EnvelopeRecordWriter {

  private static final ClassName VOID = ClassName.get(Void.class);

  private EnvelopeRecordWriter() {}

  /**
   * What one key holds.
   *
   * @param type the Java type; {@link Void} for a key that is always {@code null}
   * @param doc what the key holds, for the record's javadoc
   */
  public record Slot(TypeName type, String doc) {

    public static Slot alwaysNull(String when) {
      return new Slot(VOID, "always {@code null} " + when);
    }

    boolean isAlwaysNull() {
      return type.equals(VOID);
    }
  }

  /**
   * One envelope.
   *
   * @param name the record's name
   * @param summary the first sentences of its javadoc
   * @param success whether it carries a successful answer
   * @param detailed what {@code detailed} holds
   * @param data what {@code data} holds
   * @param count what {@code count} holds
   * @param pagination what {@code pagination} holds
   */
  public record Shape(
      ClassName name,
      CodeBlock summary,
      boolean success,
      Slot detailed,
      Slot data,
      Slot count,
      Slot pagination) {}

  /**
   * The record for {@code shape}, its serializer written for {@code json}, with a factory that
   * fills the status keys from a status.
   */
  public static TypeSpec render(JsonLibrary json, Shape shape, ClassName statusType) {
    return builder(json, shape, null, null, null).addMethod(factory(shape, statusType)).build();
  }

  /**
   * The record of one method's answer, which names no API-wide type, so that it depends on the
   * resource class alone (and the annotations jar, whose records its pagination is).
   */
  static TypeSpec renderForMethod(
      Shape shape, ResourceModel resource, EndpointModel endpoint, ResourceJsonWriter shared) {
    return builder(null, shape, resource, endpoint, shared).build();
  }

  /**
   * The record; of the method {@code endpoint} of {@code resource}, its serializer using what
   * {@code shared} holds, unless they are null; else an API-wide one written for {@code json}.
   */
  private static TypeSpec.Builder builder(
      JsonLibrary json,
      Shape shape,
      ResourceModel resource,
      EndpointModel endpoint,
      ResourceJsonWriter shared) {
    MetaConvention.EnvelopeKeys envelopeKeys = MetaConvention.ENVELOPE;
    List<JsonRecords.Key> keys =
        List.of(
            new JsonRecords.Key(
                envelopeKeys.success(),
                "success",
                TypeName.BOOLEAN,
                shape.success()
                    ? "always {@code true}: the request succeeded"
                    : "always {@code false}: the request failed"),
            new JsonRecords.Key(
                envelopeKeys.code(), "code", TypeName.INT, "the API code of the answer"),
            new JsonRecords.Key(
                envelopeKeys.message(),
                "message",
                ClassName.get(String.class),
                "the text of {@code code}"),
            new JsonRecords.Key(
                envelopeKeys.statusCode(),
                "statusCode",
                TypeName.INT,
                "the HTTP status, for clients that do not read it from HTTP"),
            new JsonRecords.Key(
                envelopeKeys.statusMessage(),
                "statusMessage",
                ClassName.get(String.class),
                "the reason phrase of {@code statusCode}"),
            key(envelopeKeys.detailed(), shape.detailed()),
            JsonRecords.Key.payload(
                envelopeKeys.data(), "data", shape.data().type(), shape.data().doc()),
            key(envelopeKeys.count(), shape.count()),
            key(envelopeKeys.pagination(), shape.pagination()));
    return resource != null
        ? JsonRecords.methodRecord(shape.name(), shape.summary(), keys, resource, endpoint, shared)
        : JsonRecords.record(json, shape.name(), shape.summary(), keys);
  }

  private static JsonRecords.Key key(String name, Slot slot) {
    return new JsonRecords.Key(name, name, slot.type(), slot.doc());
  }

  private static MethodSpec factory(Shape shape, ClassName statusType) {
    MethodSpec.Builder factory =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(shape.name())
            .addJavadoc("The envelope of an answer with {@code status}.\n")
            .addParameter(statusType, "status");
    List<String> arguments = new ArrayList<>();
    arguments.add(String.valueOf(shape.success()));
    arguments.add("status.code()");
    arguments.add("status.message()");
    arguments.add("status.statusCode()");
    arguments.add("status.statusMessage()");
    for (var slot :
        List.of(
            new NamedSlot("detailed", shape.detailed()),
            new NamedSlot("data", shape.data()),
            new NamedSlot("count", shape.count()),
            new NamedSlot("pagination", shape.pagination()))) {
      if (slot.slot().isAlwaysNull()) {
        arguments.add("null");
      } else {
        factory.addParameter(slot.slot().type(), slot.name());
        arguments.add(slot.name());
      }
    }
    return factory
        .addStatement(
            "return new $T($L)",
            shape.name(),
            CodeBlock.join(arguments.stream().map(CodeBlock::of).toList(), ",$W"))
        .build();
  }

  private record NamedSlot(String name, Slot slot) {}
}
