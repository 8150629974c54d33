package dev.envelopes.processor.write.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonShape;
import dev.envelopes.processor.write.JavaStrings;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders the serializer nested in each generated record, {@code Json}: it writes the record's keys
 * in order with Jackson's streaming API, and the payload's plain records key by key, so that
 * databind neither introspects nor looks up a serializer per value. Whether the mapper would write
 * the plain records as their components is checked once per mapper, in {@code createContextual};
 * when it would not, or for a payload that is not plain, databind writes the payload as before. In
 * a style that puts ISO-8601 on the wire whatever the mapper does (the vendor style), the payload's
 * {@code java.time} values are written as ISO-8601 strings too; when databind writes the payload,
 * the mapper must write them so, or {@code createContextual} refuses it.
 *
 * <p>The serializers of a resource's records take their key constants, record writers and checks
 * from the class the resource's records share ({@link ResourceJsonWriter}), and so the writer of
 * the annotations jar's {@code pagination} object a paged record holds ({@link PaginationObjects});
 * an API-wide record, which holds no payload, declares the constants of its keys itself.
 */
final class JsonSerializerWriter {

  /** The simple name of the serializer inside its record. */
  static final String NAME = "Json";

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName URI_TYPE = ClassName.get(URI.class);
  private static final ClassName VOID = ClassName.get(Void.class);

  /**
   * The annotation that makes Jackson write {@code record} with its serializer.
   *
   * @param api the Jackson it is written for
   * @param record the record the serializer is nested in
   */
  static AnnotationSpec annotation(JacksonApi api, ClassName record) {
    return AnnotationSpec.builder(api.jsonSerialize)
        .addMember("using", "$T.class", record.nestedClass(NAME))
        .build();
  }

  private final JacksonApi api;
  private final ClassName record;
  private final List<JsonRecords.Key> keys;

  /** What the resource's serializers share, or {@code null} for an API-wide record. */
  private final ResourceJsonWriter shared;

  /** Whether dates are ISO-8601 and whether the record is an object or its one value. */
  private final Form form;

  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> keyConstants = new LinkedHashMap<>();
  private final List<JsonShape> directPayloads = new ArrayList<>();

  /**
   * In a style that writes dates itself, the {@code java.time} types in the payloads databind
   * writes whatever the mapper, which the mapper must write as ISO-8601.
   */
  private final Set<IsoDateTime> databindDateTimes = new LinkedHashSet<>();

  private JsonSerializerWriter(
      JacksonApi api,
      ClassName record,
      List<JsonRecords.Key> keys,
      ResourceJsonWriter shared,
      Form form) {
    this.api = api;
    this.record = record;
    this.keys = keys;
    this.shared = shared;
    this.form = form;
    for (String reserved : List.of("value", "gen", "provider", "direct", "serialVersionUID")) {
      names.newName(reserved, reserved);
    }
    for (JsonRecords.Key key : keys) {
      if (key.payload() && shapeOf(key.type()).isDirect()) {
        directPayloads.add(shapeOf(key.type()));
      } else if (key.payload() && form.isoDateTimes()) {
        databindDateTimes.addAll(shared.payloads().dateTimesOfDatabind(key.type()));
      }
    }
  }

  /**
   * The serializer of {@code record}, a record of one resource, which shares with the resource's
   * other serializers what {@code shared} holds.
   *
   * @param record the record it writes
   * @param keys the record's keys, in order
   * @param shared what the serializers of the resource's records share, and how its payloads are
   *     written
   * @param about what the record is, for the serializer's javadoc: the answer of the user's method
   * @param form how the record goes on the wire
   */
  static TypeSpec render(
      ClassName record,
      List<JsonRecords.Key> keys,
      ResourceJsonWriter shared,
      CodeBlock about,
      Form form) {
    return new JsonSerializerWriter(shared.api(), record, keys, shared, form).render(about);
  }

  /**
   * How a record goes on the wire.
   *
   * @param isoDateTimes whether the record's style writes {@code java.time} values as ISO-8601
   *     itself, whatever the mapper does with them
   * @param valueOnly whether the record, which then has one key, is written as that key's value
   *     alone, with no object around it: the bare style's answer of a single value or a list,
   *     which is the value itself on the wire
   */
  record Form(boolean isoDateTimes, boolean valueOnly) {

    /** An object of its keys, its dates as the mapper writes them: every API-wide record. */
    static final Form OBJECT = new Form(false, false);
  }

  /**
   * The serializer of {@code record}, an API-wide record that holds no payload and declares the
   * constants of its keys itself, for the Jackson {@code api}.
   */
  static TypeSpec render(JacksonApi api, ClassName record, List<JsonRecords.Key> keys) {
    return new JsonSerializerWriter(api, record, keys, null, Form.OBJECT).render(null);
  }

  /** How a payload of {@code type} is written. */
  private JsonShape shapeOf(TypeName type) {
    return shared == null
        ? new JsonShape.Databind()
        : shared.payloads().shapeOf(type, form.isoDateTimes());
  }

  private TypeSpec render(CodeBlock about) {
    boolean switches = !directPayloads.isEmpty();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(NAME)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(api.stdSerializer, record))
            .addJavadoc(
                about == null
                    ? CodeBlock.of(
                        "Writes {@link $T} with Jackson's streaming API, its keys in order.\n",
                        record)
                    : form.valueOnly()
                        ? CodeBlock.of(
                            """
                            Writes {@link $T}, $L, with Jackson's streaming API: the value it holds
                            alone, as databind writes that value, with no object around it.
                            """,
                            record,
                            about)
                        : CodeBlock.of(
                            """
                            Writes {@link $T}, $L, with Jackson's streaming API, its keys in order.
                            """,
                            record,
                            about));
    if (switches) {
      type.addJavadoc(
          """

<p>The payload's plain records are written key by key too, when the mapper would write them
as their components in order under their names (checked once per mapper, in
{@link #createContextual}); otherwise databind writes the payload.
""");
    }
    if (!databindDateTimes.isEmpty()) {
      type.addJavadoc(
          """

<p>Databind writes $L, whatever the mapper: the mapper must write the dates and times in it
as ISO-8601 strings, as the style requires (checked once per mapper, in
{@link #createContextual}).
""",
          switches ? "the payload that is not plain" : "the payload");
    }
    if (api.checked) { // Jackson 2's serializers are Serializable, Jackson 3's are not.
      type.addField(
          FieldSpec.builder(long.class, "serialVersionUID")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("1L")
              .build());
    }
    MethodSpec serialize = serialize(switches);
    type.addFields(keyConstants.values());
    if (switches || !databindDateTimes.isEmpty()) {
      api.contextualSerializer.ifPresent(type::addSuperinterface);
    }
    if (switches) {
      type.addField(
              FieldSpec.builder(boolean.class, "direct", Modifier.PRIVATE, Modifier.FINAL)
                  .addJavadoc(
                      """
Whether the mapper this serializer was made for writes the payload's records as this class
does.
""")
                  .build())
          .addMethod(
              MethodSpec.constructorBuilder()
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc(
                      """
The serializer Jackson creates for {@code @JsonSerialize}, before it knows the mapper.
""")
                  .addStatement("this(false)")
                  .build())
          .addMethod(
              MethodSpec.constructorBuilder()
                  .addModifiers(Modifier.PRIVATE)
                  .addParameter(boolean.class, "direct")
                  .addStatement("super($T.class)", record)
                  .addStatement("this.direct = direct")
                  .build())
          .addMethod(createContextual())
          .addMethod(serialize);
    } else {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("The serializer Jackson creates for {@code @JsonSerialize}.\n")
              .addStatement("super($T.class)", record)
              .build());
      if (!databindDateTimes.isEmpty()) {
        type.addMethod(requireIsoInContext());
      }
      if (keys.stream().noneMatch(this::needsProvider)) {
        type.addMethod(serializeSignature().addStatement("write(value, gen)").build())
            .addMethod(write(serialize));
      } else {
        type.addMethod(serialize);
      }
    }
    return type.build();
  }

  /**
   * {@code serialize} as a static method, for the record that declares this one inside to call
   * without a provider; {@code serialize} then calls it.
   */
  private MethodSpec write(MethodSpec serialize) {
    return api.throwsOnWriting(
            MethodSpec.methodBuilder("write")
                .addJavadoc("Writes {@code value}, which the record declaring this one holds.\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(record, "value")
                .addParameter(api.jsonGenerator, "gen"))
        .addCode(serialize.code())
        .build();
  }

  /** Whether writing {@code key} may need databind. */
  private boolean needsProvider(JsonRecords.Key key) {
    TypeName type = key.type();
    if (type.equals(VOID)) {
      return false;
    }
    return key.payload()
        || !(type.isPrimitive()
            || type.isBoxedPrimitive()
            || type.equals(STRING)
            || type.equals(URI_TYPE)
            || (shared != null && PaginationObjects.of(type).isPresent()));
  }

  private MethodSpec.Builder serializeSignature() {
    return api.throwsOnWriting(
        MethodSpec.methodBuilder("serialize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(record, "value")
            .addParameter(api.jsonGenerator, "gen")
            .addParameter(api.provider, "provider"));
  }

  private MethodSpec serialize(boolean contextual) {
    MethodSpec.Builder serialize = serializeSignature();
    if (contextual) {
      // A view is chosen per call (ObjectWriter.withView), and databind leaves keys out for it.
      serialize.addStatement("boolean direct = this.direct && provider.getActiveView() == null");
    }
    if (!form.valueOnly()) {
      serialize.addStatement("gen.writeStartObject(value)");
    }
    for (JsonRecords.Key key : keys) {
      CodeBlock write = writeKey(key);
      if (key.omittedWhenNull()) {
        serialize
            .beginControlFlow("if (value.$N() != null)", key.javaName())
            .addCode(write)
            .endControlFlow();
      } else {
        serialize.addCode(write);
      }
    }
    if (!form.valueOnly()) {
      serialize.addStatement("gen.writeEndObject()");
    }
    return serialize.build();
  }

  /** Writes one key of the record and its value. */
  private CodeBlock writeKey(JsonRecords.Key key) {
    CodeBlock value = CodeBlock.of("value.$N()", key.javaName());
    TypeName type = key.type();
    CodeBlock databind =
        form.valueOnly()
            ? CodeBlock.builder().addStatement(api.serializeValue(value)).build()
            : CodeBlock.builder()
                .addStatement(
                    "provider.$L($L, $L, gen)",
                    api.serializeProperty,
                    JavaStrings.of(key.key()),
                    value)
                .build();
    if (key.payload() && !type.equals(VOID)) {
      JsonShape shape = shapeOf(type);
      if (!shape.isDirect()) {
        return databind;
      }
      CodeBlock.Builder direct = CodeBlock.builder().beginControlFlow("if (direct)");
      if (!form.valueOnly()) {
        direct.addStatement("gen.$L($L)", api.writeName, keyConstant(key.key()));
      }
      return direct
          .add(JsonValueWriter.write(shape, value, shared::writeRecord, shared::enumTexts))
          .nextControlFlow("else")
          .add(databind)
          .endControlFlow()
          .build();
    }
    if (needsProvider(key)) {
      return databind;
    }
    CodeBlock.Builder code =
        CodeBlock.builder().addStatement("gen.$L($L)", api.writeName, keyConstant(key.key()));
    if (type.equals(VOID)) {
      return code.addStatement("gen.writeNull()").build();
    } else if (type.equals(URI_TYPE)) {
      return code.add(JsonValueWriter.writeUri(value)).build();
    }
    Optional<PaginationObjects.PaginationObject> pagination = PaginationObjects.of(type);
    if (pagination.isPresent()) {
      return code.addStatement(shared.writePagination(pagination.get(), value)).build();
    }
    return code.add(JsonValueWriter.writeScalar(type, value)).build();
  }

  /** The constant holding {@code key}, ready to write: the shared one, or one of its own. */
  private CodeBlock keyConstant(String key) {
    if (shared != null) {
      return shared.key(key);
    }
    FieldSpec constant =
        keyConstants.computeIfAbsent(
            key,
            ignored ->
                FieldSpec.builder(
                        api.serializedString,
                        names.newName(ResourceJsonWriter.constantName(key), key))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L)", api.serializedString, JavaStrings.of(key))
                    .build());
    return CodeBlock.of("$N", constant);
  }

  /** {@code createContextual}, up to its statements. */
  private MethodSpec.Builder createContextualSignature() {
    return api.throwsOnMapping(
        MethodSpec.methodBuilder("createContextual")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(
                ParameterizedTypeName.get(api.serializer, WildcardTypeName.subtypeOf(Object.class)))
            .addParameter(api.provider, "provider")
            .addParameter(api.beanProperty, "property"));
  }

  /**
   * The {@code createContextual} of a serializer that leaves every payload to databind: it refuses
   * a mapper that does not write their dates as ISO-8601.
   */
  private MethodSpec requireIsoInContext() {
    return createContextualSignature()
        .addStatement(shared.requireDateTimesAsIso(List.copyOf(databindDateTimes), true).get())
        .addStatement("return this")
        .build();
  }

  private MethodSpec createContextual() {
    MethodSpec.Builder createContextual =
        createContextualSignature()
            .addStatement("boolean direct = $L", shared.writesAsDatabindWould(directPayloads));
    if (form.isoDateTimes()) {
      // Databind writes the payloads when the mapper changes how records are written; then it
      // must write their dates as ISO-8601 too, or the style cannot answer. It writes those that
      // are not plain whatever the mapper, and must write their dates so always.
      Set<IsoDateTime> whenNotDirect =
          new LinkedHashSet<>(shared.payloads().dateTimesReachedFrom(directPayloads));
      boolean more = !databindDateTimes.containsAll(whenNotDirect);
      whenNotDirect.addAll(databindDateTimes);
      Optional<CodeBlock> always =
          shared.requireDateTimesAsIso(List.copyOf(databindDateTimes), true);
      if (more) {
        createContextual
            .beginControlFlow("if (!direct)")
            .addStatement(shared.requireDateTimesAsIso(List.copyOf(whenNotDirect), false).get());
        always.ifPresent(check -> createContextual.nextControlFlow("else").addStatement(check));
        createContextual.endControlFlow();
      } else {
        always.ifPresent(createContextual::addStatement);
      }
    }
    return createContextual
        .addStatement(
            "return direct == this.direct ? this : new $T(direct)", record.nestedClass(NAME))
        .build();
  }
}
