package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.PlainRecord;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders the checks, made once per mapper, that databind would write a resource's payloads just
 * as its generated serializers do, and the private helpers they call, into the class the
 * resource's serializers share ({@link ResourceJsonWriter}).
 */
final class DatabindChecksWriter {
  private static final String DATABIND = "com.fasterxml.jackson.databind";
  private static final String SER = DATABIND + ".ser";
  private static final ClassName SERIALIZATION_CONFIG =
      ClassName.get(DATABIND, "SerializationConfig");
  private static final ClassName MAPPER_FEATURE = ClassName.get(DATABIND, "MapperFeature");
  private static final ClassName BEAN_SERIALIZER = ClassName.get(SER, "BeanSerializer");
  private static final ClassName PROPERTY_WRITER = ClassName.get(SER, "PropertyWriter");
  private static final ClassName NUMBER_SERIALIZERS =
      ClassName.get(DATABIND + ".ser.std", "NumberSerializers");
  private static final ClassName INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude", "Include");
  private static final ParameterizedTypeName ANY_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
  private static final String IS_ALWAYS = "isAlways";
  private static final String WRITES_COMPONENTS = "writesComponents";
  private static final String KEEPS_DEFAULTS = "keepsDatabindDefaults";
  private static final String WRITES_STANDARD = "writesWithStandardSerializer";
  private static final String WRITTEN_TEXT = "writtenText";
  private static final ClassName TOKEN_BUFFER = ClassName.get(DATABIND + ".util", "TokenBuffer");
  private static final ClassName JSON_PARSER = JsonTypes.JSON_GENERATOR.peerClass("JsonParser");
  private static final ClassName JSON_TOKEN = JsonTypes.JSON_GENERATOR.peerClass("JsonToken");
  private static final ClassName DATE_TIME_FORMATTER =
      ClassName.get("java.time.format", "DateTimeFormatter");
  private static final ClassName DATE_TIME_PARSE_EXCEPTION =
      ClassName.get("java.time.format", "DateTimeParseException");

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
          ClassName.get(String.class),
          ClassName.get(DATABIND + ".ser.std", "StringSerializer"));


  /** The names of the helpers the checks call, which no other method of the class may take. */
  static final List<String> HELPERS =
      List.of(IS_ALWAYS, WRITES_COMPONENTS, KEEPS_DEFAULTS, WRITES_STANDARD, WRITTEN_TEXT);

  /**
   * What one check asks databind: that it writes each of these scalar types and plain records as
   * the writers here do. Two payloads that reach the same ones in the same order share a check.
   */
  record Checks(List<TypeName> scalars, List<PlainRecord> records) {}

  private DatabindChecksWriter() {}

  /**
   * Adds {@code checks} and {@code isoChecks}, each under its name, to {@code type}, in the order
   * of their names, and the helpers they call.
   */
  static void addTo(
      TypeSpec.Builder type, Map<Checks, String> checks, Map<List<IsoDateTime>, String> isoChecks) {
    checks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(check -> type.addMethod(check(check.getValue(), check.getKey())));
    if (!checks.isEmpty()) {
      type.addMethod(keepsDatabindDefaults()).addMethod(isAlways());
    }
    if (checks.keySet().stream().anyMatch(check -> !check.scalars().isEmpty())) {
      type.addMethod(writesWithStandardSerializer());
    }
    if (checks.keySet().stream().anyMatch(check -> !check.records().isEmpty())) {
      type.addMethod(writesComponents());
    }
    isoChecks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(check -> type.addMethod(isoCheck(check.getValue(), check.getKey())));
    if (!isoChecks.isEmpty()) {
      type.addMethod(writtenText());
    }
  }

  /**
   * Whether databind, as the mapper is configured, writes each record {@code checks} names as its
   * components, in order, under the keys this class writes, each value as this class does.
   */
  private static MethodSpec check(String methodName, Checks checks) {
    CodeBlock.Builder condition =
        CodeBlock.builder().add("$N(provider.getConfig())", KEEPS_DEFAULTS);
    for (TypeName scalar : checks.scalars()) {
      TypeName unboxed = scalar.isBoxedPrimitive() ? scalar.unbox() : scalar;
      condition.add(
          "\n&& $N(provider, $T.class, $T.class)",
          WRITES_STANDARD,
          scalar,
          STANDARD_SERIALIZERS.get(unboxed));
    }
    for (PlainRecord plain : checks.records()) {
      CodeBlock.Builder componentKeys = CodeBlock.builder();
      for (PlainRecord.Component component : plain.components()) {
        componentKeys.add(", $S", component.key());
      }
      condition.add(
          "\n&& $N(provider, $T.class$L)", WRITES_COMPONENTS, plain.type(), componentKeys.build());
    }
    return askingProvider(
            methodName,
            "Whether databind, as the mapper is configured, writes the payloads this check is"
                + " named after\nas this class does: each record as its components, in order,"
                + " under the keys this class\nwrites, each value as this class does.\n",
            Modifier.STATIC)
        .returns(boolean.class)
        .addStatement("return $L", condition.build())
        .build();
  }

  /**
   * Refuses the mapper unless databind, as it is configured, writes a value of each of {@code
   * dateTimes} as an ISO-8601 string: a sample value of each, written, must read back with the
   * type's ISO-8601 parser.
   */
  private static MethodSpec isoCheck(String methodName, List<IsoDateTime> dateTimes) {
    CodeBlock.Builder parses = CodeBlock.builder();
    for (IsoDateTime dateTime : dateTimes) {
      CodeBlock written =
          CodeBlock.of(
              "$N(provider, $T.parse($S))", WRITTEN_TEXT, dateTime.type(), dateTime.sample());
      parses.addStatement(
          dateTime
              .formatter()
              .map(
                  formatter ->
                      CodeBlock.of("$T.$N.parse($L)", DATE_TIME_FORMATTER, formatter, written))
              .orElse(CodeBlock.of("$T.parse($L)", dateTime.type(), written)));
    }
    return askingProvider(
            methodName,
            "Refuses the mapper unless databind, as it is configured, writes each of these date"
                + " and time types\nas an ISO-8601 string, as the style requires of the payloads"
                + " databind writes.\n",
            Modifier.STATIC)
        .beginControlFlow("try")
        .addCode(parses.build())
        .nextControlFlow("catch ($T e)", DATE_TIME_PARSE_EXCEPTION)
        .addStatement(
            "throw $T.from(provider, $S)",
            JsonTypes.JSON_MAPPING_EXCEPTION,
            VendorConvention.DATES_NEED_ISO_MAPPER)
        .endControlFlow()
        .build();
  }

  /**
   * The method {@code name}, described by {@code javadoc}, that asks databind through its first
   * parameter, {@code provider}, and fails as databind does.
   */
  private static MethodSpec.Builder askingProvider(
      String name, String javadoc, Modifier... modifiers) {
    return method(name, javadoc, modifiers)
        .addParameter(JsonTypes.SERIALIZER_PROVIDER, "provider")
        .addException(JsonTypes.JSON_MAPPING_EXCEPTION);
  }

  /** The method {@code name}, described by {@code javadoc}. */
  private static MethodSpec.Builder method(String name, String javadoc, Modifier... modifiers) {
    return MethodSpec.methodBuilder(name).addJavadoc(javadoc).addModifiers(modifiers);
  }

  private static MethodSpec writtenText() {
    return method(
            WRITTEN_TEXT,
            "The text databind writes for {@code value}, or an empty one when it writes no"
                + " string or cannot\nwrite it.\n",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(String.class)
        .addParameter(JsonTypes.SERIALIZER_PROVIDER, "provider")
        .addParameter(Object.class, "value")
        .beginControlFlow("try ($T written = new $T(null, false))", TOKEN_BUFFER, TOKEN_BUFFER)
        .addStatement(
            "provider.findValueSerializer(value.getClass(), null).serialize(value, written,"
                + " provider)")
        .beginControlFlow("try ($T parser = written.asParser())", JSON_PARSER)
        .addStatement(
            "return parser.nextToken() == $T.VALUE_STRING ? parser.getText() : \"\"", JSON_TOKEN)
        .endControlFlow()
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("return \"\"")
        .endControlFlow()
        .build();
  }

  private static MethodSpec keepsDatabindDefaults() {
    return method(
            KEEPS_DEFAULTS,
            "Whether the mapper names, orders, includes and types properties as databind does by"
                + " default.\n",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(SERIALIZATION_CONFIG, "config")
        .addStatement(
            "return $L",
            CodeBlock.builder()
                .add("config.getPropertyNamingStrategy() == null\n")
                .add("&& !config.isEnabled($T.SORT_PROPERTIES_ALPHABETICALLY)\n", MAPPER_FEATURE)
                .add("&& config.getDefaultTyper(config.constructType(Object.class)) == null\n")
                .add("&& $N(config.getDefaultPropertyInclusion().getValueInclusion())\n", IS_ALWAYS)
                .add("&& $N(config.getDefaultPropertyInclusion().getContentInclusion())", IS_ALWAYS)
                .build())
        .build();
  }

  private static MethodSpec writesWithStandardSerializer() {
    return askingProvider(
            WRITES_STANDARD,
            "Whether databind writes {@code type} with {@code standard}, the serializer it has"
                + " for it\nunless a module replaced it, with no per-type configuration.\n",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(ANY_CLASS, "type")
        .addParameter(ANY_CLASS, "standard")
        .addStatement(
            "return provider.getConfig().findConfigOverride(type) == null\n"
                + "&& provider.findValueSerializer(type).getClass() == standard")
        .build();
  }

  private static MethodSpec isAlways() {
    return MethodSpec.methodBuilder(IS_ALWAYS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(INCLUDE, "inclusion")
        .addStatement(
            "return inclusion == $T.ALWAYS || inclusion == $T.USE_DEFAULTS", INCLUDE, INCLUDE)
        .build();
  }

  private static MethodSpec writesComponents() {
    return askingProvider(
            WRITES_COMPONENTS,
            "Whether databind writes {@code type} with its standard bean serializer, exactly the"
                + " keys\n{@code keys} in order, with no mix-in or per-type configuration.\n",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(ANY_CLASS, "type")
        .addParameter(String[].class, "keys")
        .varargs()
        .beginControlFlow(
            "if (provider.getConfig().findConfigOverride(type) != null"
                + " || provider.getConfig().findMixInClassFor(type) != null)")
        .addStatement("return false")
        .endControlFlow()
        .addStatement(
            "$T<?> serializer = provider.findValueSerializer(type)", JsonTypes.JSON_SERIALIZER)
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
}
