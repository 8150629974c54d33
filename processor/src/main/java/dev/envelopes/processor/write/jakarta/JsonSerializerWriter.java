package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.JsonShape;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.PlainRecord;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders the serializer nested in each generated record, {@code Json}: it writes the record's keys
 * in order with Jackson's streaming API, and the payload's plain records key by key, so that
 * databind neither introspects nor looks up a serializer per value. Whether the mapper would write
 * the plain records as their components is checked once per mapper, in {@code createContextual};
 * when it would not, or for a payload that is not plain, databind writes the payload as before.
 */
final class JsonSerializerWriter {

  /** The simple name of the serializer inside its record. */
  static final String NAME = "Json";

  private static final String CORE = "com.fasterxml.jackson.core";
  private static final String DATABIND = "com.fasterxml.jackson.databind";
  private static final ClassName JSON_GENERATOR = ClassName.get(CORE, "JsonGenerator");
  private static final ClassName SERIALIZED_STRING =
      ClassName.get(CORE + ".io", "SerializedString");
  private static final ClassName STD_SERIALIZER =
      ClassName.get(DATABIND + ".ser.std", "StdSerializer");
  private static final ClassName SERIALIZER_PROVIDER =
      ClassName.get(DATABIND, "SerializerProvider");
  private static final ClassName SERIALIZATION_CONFIG =
      ClassName.get(DATABIND, "SerializationConfig");
  private static final ClassName CONTEXTUAL_SERIALIZER =
      ClassName.get(DATABIND + ".ser", "ContextualSerializer");
  private static final ClassName JSON_SERIALIZER = ClassName.get(DATABIND, "JsonSerializer");
  private static final ClassName BEAN_PROPERTY = ClassName.get(DATABIND, "BeanProperty");
  private static final ClassName JSON_MAPPING_EXCEPTION =
      ClassName.get(DATABIND, "JsonMappingException");
  private static final ClassName MAPPER_FEATURE = ClassName.get(DATABIND, "MapperFeature");
  private static final ClassName BEAN_SERIALIZER =
      ClassName.get(DATABIND + ".ser", "BeanSerializer");
  private static final ClassName PROPERTY_WRITER =
      ClassName.get(DATABIND + ".ser", "PropertyWriter");
  private static final ClassName NUMBER_SERIALIZERS =
      ClassName.get(DATABIND + ".ser.std", "NumberSerializers");
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName URI_TYPE = ClassName.get(URI.class);
  private static final ClassName VOID = ClassName.get(Void.class);

  /** The serializer databind uses for each scalar type unless a module replaced it. */
  private static final Map<TypeName, ClassName> STANDARD_SERIALIZERS =
      Map.of(
          TypeName.BOOLEAN,
          ClassName.get(DATABIND + ".ser.std", "BooleanSerializer"),
          TypeName.BYTE,
          NUMBER_SERIALIZERS.nestedClass("IntLikeSerializer"),
          TypeName.SHORT,
          NUMBER_SERIALIZERS.nestedClass("ShortSerializer"),
          TypeName.INT,
          NUMBER_SERIALIZERS.nestedClass("IntegerSerializer"),
          TypeName.LONG,
          NUMBER_SERIALIZERS.nestedClass("LongSerializer"),
          TypeName.FLOAT,
          NUMBER_SERIALIZERS.nestedClass("FloatSerializer"),
          TypeName.DOUBLE,
          NUMBER_SERIALIZERS.nestedClass("DoubleSerializer"),
          STRING,
          ClassName.get(DATABIND + ".ser.std", "StringSerializer"));

  /**
   * The annotation that makes Jackson write {@code record} with its serializer.
   *
   * @param record the record the serializer is nested in
   */
  static com.palantir.javapoet.AnnotationSpec annotation(ClassName record) {
    return com.palantir.javapoet.AnnotationSpec.builder(
            ClassName.get(DATABIND + ".annotation", "JsonSerialize"))
        .addMember("using", "$T.class", record.nestedClass(NAME))
        .build();
  }

  private final ClassName record;
  private final List<JsonRecords.Key> keys;
  private final PayloadJson payloads;
  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> keyConstants = new LinkedHashMap<>();
  private final Map<ClassName, String> recordWriters = new LinkedHashMap<>();
  private final List<JsonShape> directPayloads = new ArrayList<>();

  private JsonSerializerWriter(ClassName record, List<JsonRecords.Key> keys, PayloadJson payloads) {
    this.record = record;
    this.keys = keys;
    this.payloads = payloads;
    for (String reserved : List.of("value", "gen", "provider", "direct", "serialVersionUID")) {
      names.newName(reserved, reserved);
    }
    for (JsonRecords.Key key : keys) {
      if (key.payload() && payloads.shapeOf(key.type()).isDirect()) {
        directPayloads.add(payloads.shapeOf(key.type()));
      }
    }
  }

  /**
   * The serializer of {@code record}.
   *
   * @param record the record it writes
   * @param keys the record's keys, in order
   * @param payloads how the payload types among the keys are written
   * @param about what the record is, for the serializer's javadoc: the answer of the user's method,
   *     or {@code null} for a record the convention shares
   */
  static TypeSpec render(
      ClassName record, List<JsonRecords.Key> keys, PayloadJson payloads, CodeBlock about) {
    return new JsonSerializerWriter(record, keys, payloads).render(about);
  }

  private TypeSpec render(CodeBlock about) {
    boolean contextual = !directPayloads.isEmpty();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(NAME)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(STD_SERIALIZER, record))
            .addJavadoc(
                about == null
                    ? CodeBlock.of(
                        "Writes {@link $T} with Jackson's streaming API, its keys in order.\n",
                        record)
                    : CodeBlock.of(
                        "Writes {@link $T}, $L, with Jackson's streaming API, its keys in"
                            + " order.\n",
                        record,
                        about));
    if (contextual) {
      type.addJavadoc(
          "\n"
              + "<p>The payload's plain records are written key by key too, when the mapper would"
              + " write them\n"
              + "as their components in order under their names (checked once per mapper, in\n"
              + "{@link #createContextual}); otherwise databind writes the payload.\n");
    }
    type.addField(
        FieldSpec.builder(long.class, "serialVersionUID")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build());
    MethodSpec serialize = serialize(contextual);
    List<MethodSpec> writers = recordWriters();
    type.addFields(keyConstants.values());
    if (contextual) {
      type.addSuperinterface(CONTEXTUAL_SERIALIZER)
          .addField(
              FieldSpec.builder(boolean.class, "direct", Modifier.PRIVATE, Modifier.FINAL)
                  .addJavadoc(
                      "Whether the mapper this serializer was made for writes the payload's"
                          + " records as this class\ndoes.\n")
                  .build())
          .addMethod(
              MethodSpec.constructorBuilder()
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc(
                      "The serializer Jackson creates for {@code @JsonSerialize}, before it knows"
                          + " the mapper.\n")
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
          .addMethod(serialize)
          .addMethods(writers)
          .addMethod(writesAsDatabindWould())
          .addMethod(isAlways());
      if (!payloads.reachedFrom(directPayloads).isEmpty()) {
        type.addMethod(writesComponents());
      }
    } else {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("The serializer Jackson creates for {@code @JsonSerialize}.\n")
              .addStatement("super($T.class)", record)
              .build());
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
    return MethodSpec.methodBuilder("write")
        .addJavadoc("Writes {@code value}, which the record declaring this one holds.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(record, "value")
        .addParameter(JSON_GENERATOR, "gen")
        .addException(IOException.class)
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
            || (type instanceof ClassName nested && record.equals(nested.enclosingClassName())));
  }

  private MethodSpec.Builder serializeSignature() {
    return MethodSpec.methodBuilder("serialize")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(record, "value")
        .addParameter(JSON_GENERATOR, "gen")
        .addParameter(SERIALIZER_PROVIDER, "provider")
        .addException(IOException.class);
  }

  private MethodSpec serialize(boolean contextual) {
    MethodSpec.Builder serialize = serializeSignature();
    if (contextual) {
      // A view is chosen per call (ObjectWriter.withView), and databind leaves keys out for it.
      serialize.addStatement("boolean direct = this.direct && provider.getActiveView() == null");
    }
    serialize.addStatement("gen.writeStartObject(value)");
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
    return serialize.addStatement("gen.writeEndObject()").build();
  }

  /** Writes one key of the record and its value. */
  private CodeBlock writeKey(JsonRecords.Key key) {
    CodeBlock value = CodeBlock.of("value.$N()", key.javaName());
    TypeName type = key.type();
    if (key.payload() && !type.equals(VOID)) {
      JsonShape shape = payloads.shapeOf(type);
      CodeBlock databind =
          CodeBlock.builder()
              .addStatement("provider.defaultSerializeField($S, $L, gen)", key.key(), value)
              .build();
      if (!shape.isDirect()) {
        return databind;
      }
      return CodeBlock.builder()
          .beginControlFlow("if (direct)")
          .addStatement("gen.writeFieldName($N)", keyConstant(key.key(), ""))
          .add(writeValue(shape, value, 0))
          .nextControlFlow("else")
          .add(databind)
          .endControlFlow()
          .build();
    }
    if (needsProvider(key)) {
      return CodeBlock.builder()
          .addStatement("provider.defaultSerializeField($S, $L, gen)", key.key(), value)
          .build();
    }
    CodeBlock.Builder code =
        CodeBlock.builder().addStatement("gen.writeFieldName($N)", keyConstant(key.key(), ""));
    if (type.equals(VOID)) {
      return code.addStatement("gen.writeNull()").build();
    } else if (type.equals(URI_TYPE)) {
      return code.add(writeNullable(value, CodeBlock.of("gen.writeString($L.toString())", value)))
          .build();
    } else if (type instanceof ClassName nested && record.equals(nested.enclosingClassName())) {
      return code.add(
              writeNullable(
                  value, CodeBlock.of("$T.write($L, gen)", nested.nestedClass(NAME), value)))
          .build();
    }
    return code.add(writeValue(new JsonShape.Scalar(type), value, 0)).build();
  }

  /** Writes {@code value}, of {@code shape}, where a value is expected. */
  private CodeBlock writeValue(JsonShape shape, CodeBlock value, int depth) {
    if (shape instanceof JsonShape.Scalar scalar) {
      TypeName scalarType = scalar.type();
      if (scalarType.equals(STRING)) {
        return CodeBlock.builder().addStatement("gen.writeString($L)", value).build();
      }
      String method =
          scalarType.equals(TypeName.BOOLEAN) || scalarType.equals(TypeName.BOOLEAN.box())
              ? "writeBoolean"
              : "writeNumber";
      CodeBlock write = CodeBlock.of("gen.$L($L)", method, value);
      return scalarType.isPrimitive()
          ? CodeBlock.builder().addStatement(write).build()
          : writeNullable(value, write);
    } else if (shape instanceof JsonShape.Plain plain) {
      return CodeBlock.builder()
          .addStatement("$N($L, gen)", recordWriter(plain.type()), value)
          .build();
    }
    JsonShape.Sequence sequence = (JsonShape.Sequence) shape;
    String element = depth == 0 ? "element" : "element" + depth;
    CodeBlock loop =
        CodeBlock.builder()
            .addStatement("gen.writeStartArray()")
            .beginControlFlow("for (var $N : $L)", element, value)
            .add(writeValue(sequence.element(), CodeBlock.of("$N", element), depth + 1))
            .endControlFlow()
            .addStatement("gen.writeEndArray()")
            .build();
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("gen.writeNull()")
        .nextControlFlow("else")
        .add(loop)
        .endControlFlow()
        .build();
  }

  private static CodeBlock writeNullable(CodeBlock value, CodeBlock write) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("gen.writeNull()")
        .nextControlFlow("else")
        .addStatement(write)
        .endControlFlow()
        .build();
  }

  /** The constant holding {@code key}, ready to write; {@code owner} names its record, if any. */
  private FieldSpec keyConstant(String key, String owner) {
    String id = owner + "\u0000" + key;
    return keyConstants.computeIfAbsent(
        id,
        ignored -> {
          String name =
              names.newName((owner.isEmpty() ? "" : upperSnake(owner) + "_") + upperSnake(key), id);
          return FieldSpec.builder(SERIALIZED_STRING, name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($S)", SERIALIZED_STRING, key)
              .build();
        });
  }

  /** The name of the method that writes the plain record {@code type}. */
  private String recordWriter(ClassName type) {
    return recordWriters.computeIfAbsent(
        type, ignored -> names.newName("write" + type.simpleName(), type));
  }

  /** The methods that write each plain record the payloads reach. */
  private List<MethodSpec> recordWriters() {
    List<MethodSpec> methods = new ArrayList<>();
    for (PlainRecord plain : payloads.reachedFrom(directPayloads)) {
      MethodSpec.Builder write =
          MethodSpec.methodBuilder(recordWriter(plain.type()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(plain.type(), "value")
              .addParameter(JSON_GENERATOR, "gen")
              .addException(IOException.class)
              .beginControlFlow("if (value == null)")
              .addStatement("gen.writeNull()")
              .addStatement("return")
              .endControlFlow()
              .addStatement("gen.writeStartObject(value)");
      for (PlainRecord.Component component : plain.components()) {
        write
            .addStatement(
                "gen.writeFieldName($N)", keyConstant(component.key(), plain.type().simpleName()))
            .addCode(
                writeValue(component.shape(), CodeBlock.of("value.$N()", component.accessor()), 0));
      }
      methods.add(write.addStatement("gen.writeEndObject()").build());
    }
    return methods;
  }

  private MethodSpec createContextual() {
    return MethodSpec.methodBuilder("createContextual")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(
            ParameterizedTypeName.get(JSON_SERIALIZER, WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(SERIALIZER_PROVIDER, "provider")
        .addParameter(BEAN_PROPERTY, "property")
        .addException(JSON_MAPPING_EXCEPTION)
        .addStatement("boolean direct = writesAsDatabindWould(provider)")
        .addStatement(
            "return direct == this.direct ? this : new $T(direct)", record.nestedClass(NAME))
        .build();
  }

  /**
   * Whether databind, as the mapper is configured, writes the payload's records exactly as this
   * class does.
   */
  private MethodSpec writesAsDatabindWould() {
    CodeBlock.Builder condition =
        CodeBlock.builder()
            .add("config.getPropertyNamingStrategy() == null\n")
            .add("&& !config.isEnabled($T.SORT_PROPERTIES_ALPHABETICALLY)\n", MAPPER_FEATURE)
            .add("&& config.getDefaultTyper(config.constructType(Object.class)) == null\n")
            .add("&& isAlways(config.getDefaultPropertyInclusion().getValueInclusion())\n")
            .add("&& isAlways(config.getDefaultPropertyInclusion().getContentInclusion())");
    for (TypeName scalar : payloads.scalarsReachedFrom(directPayloads)) {
      TypeName unboxed = scalar.isBoxedPrimitive() ? scalar.unbox() : scalar;
      condition.add(
          "\n&& config.findConfigOverride($T.class) == null"
              + "\n&& provider.findValueSerializer($T.class).getClass() == $T.class",
          scalar,
          scalar,
          STANDARD_SERIALIZERS.get(unboxed));
    }
    for (PlainRecord plain : payloads.reachedFrom(directPayloads)) {
      CodeBlock.Builder componentKeys = CodeBlock.builder();
      for (PlainRecord.Component component : plain.components()) {
        componentKeys.add(", $S", component.key());
      }
      condition.add(
          "\n&& writesComponents(provider, $T.class$L)", plain.type(), componentKeys.build());
    }
    return MethodSpec.methodBuilder("writesAsDatabindWould")
        .addJavadoc(
            "Whether databind, as the mapper is configured, writes each record of the payload as"
                + " its\ncomponents, in order, under the keys this class writes, each value as"
                + " this class does.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(SERIALIZER_PROVIDER, "provider")
        .addException(JSON_MAPPING_EXCEPTION)
        .addStatement("$T config = provider.getConfig()", SERIALIZATION_CONFIG)
        .addStatement("return $L", condition.build())
        .build();
  }

  private static MethodSpec writesComponents() {
    return MethodSpec.methodBuilder("writesComponents")
        .addJavadoc(
            "Whether databind writes {@code type} with its standard bean serializer, exactly the"
                + " keys\n{@code keys} in order, with no mix-in or per-type configuration.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(SERIALIZER_PROVIDER, "provider")
        .addParameter(
            ParameterizedTypeName.get(
                ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
            "type")
        .addParameter(String[].class, "keys")
        .varargs()
        .addException(JSON_MAPPING_EXCEPTION)
        .beginControlFlow(
            "if (provider.getConfig().findConfigOverride(type) != null"
                + " || provider.getConfig().findMixInClassFor(type) != null)")
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T<?> serializer = provider.findValueSerializer(type)", JSON_SERIALIZER)
        .beginControlFlow("if (serializer.getClass() != $T.class)", BEAN_SERIALIZER)
        .addStatement("return false")
        .endControlFlow()
        .addStatement(
            "$T<$T> properties = serializer.properties()", Iterator.class, PROPERTY_WRITER)
        .beginControlFlow("for (String key : keys)")
        .beginControlFlow("if (!properties.hasNext() || !properties.next().getName().equals(key))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return !properties.hasNext()")
        .build();
  }

  private static MethodSpec isAlways() {
    ClassName include = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude", "Include");
    return MethodSpec.methodBuilder("isAlways")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(include, "inclusion")
        .addStatement(
            "return inclusion == $T.ALWAYS || inclusion == $T.USE_DEFAULTS", include, include)
        .build();
  }

  private static String upperSnake(String key) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(key.charAt(i - 1))) {
        name.append('_');
      }
      name.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return name.toString().toUpperCase(Locale.ROOT);
  }
}
