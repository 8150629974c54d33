package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ArrayTypeName;
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
import dev.envelopes.processor.write.JavaStrings;
import java.util.Arrays;
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
  private static final ClassName INCLUDE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude", "Include");
  private static final ParameterizedTypeName ENUM =
      ParameterizedTypeName.get(
          ClassName.get(Enum.class), WildcardTypeName.subtypeOf(Object.class));
  private static final ParameterizedTypeName ANY_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
  private static final String IS_ALWAYS = "isAlways";
  private static final String WRITES_COMPONENTS = "writesComponents";
  private static final String KEEPS_DEFAULTS = "keepsDatabindDefaults";
  private static final String WRITES_STANDARD = "writesWithStandardSerializer";
  private static final String WRITTEN_TEXT = "writtenText";
  private static final String WRITES_CONSTANTS = "writesConstantsAs";
  private static final ClassName DATE_TIME_FORMATTER =
      ClassName.get("java.time.format", "DateTimeFormatter");
  private static final ClassName DATE_TIME_PARSE_EXCEPTION =
      ClassName.get("java.time.format", "DateTimeParseException");

  /**
   * The serializer databind uses for each scalar type unless a module replaced it, by its name in
   * the package {@link JacksonApi#standardSerializer} knows, dotted where it is nested.
   */
  private static final Map<TypeName, String> STANDARD_SERIALIZERS =
      Map.ofEntries(
          Map.entry(TypeName.BOOLEAN, "BooleanSerializer"),
          Map.entry(TypeName.BYTE, "NumberSerializers.IntLikeSerializer"),
          Map.entry(TypeName.SHORT, "NumberSerializers.ShortSerializer"),
          Map.entry(TypeName.INT, "NumberSerializers.IntegerSerializer"),
          Map.entry(TypeName.LONG, "NumberSerializers.LongSerializer"),
          Map.entry(TypeName.FLOAT, "NumberSerializers.FloatSerializer"),
          Map.entry(TypeName.DOUBLE, "NumberSerializers.DoubleSerializer"),
          Map.entry(ClassName.get(String.class), "StringSerializer"));

  /** The names of the helpers the checks call, which no other method of the class may take. */
  static final List<String> HELPERS =
      List.of(
          IS_ALWAYS,
          WRITES_COMPONENTS,
          KEEPS_DEFAULTS,
          WRITES_STANDARD,
          WRITTEN_TEXT,
          WRITES_CONSTANTS);

  /**
   * What one check asks databind: that it writes each of these scalar types, plain records and
   * enums as the writers here do. Two payloads that reach the same ones in the same order share a
   * check.
   */
  record Checks(List<TypeName> scalars, List<PlainRecord> records, List<ConstantTexts> enums) {}

  /**
   * An enum and the array, in the class the checks are added to, of its constants' texts by
   * ordinal.
   */
  record ConstantTexts(ClassName type, String field) {}

  /**
   * What one check that the mapper writes dates and times as ISO-8601 asks, and why databind
   * writes them: the mapper changes how records are written, or the payload holds a type the
   * generated serializers leave to databind whatever the mapper ({@code payloadOfDatabind}).
   */
  record IsoCheck(List<IsoDateTime> dateTimes, boolean payloadOfDatabind) {}

  private DatabindChecksWriter() {}

  /**
   * Adds {@code checks} and {@code isoChecks}, each under its name, to {@code type}, in the order
   * of their names, and the helpers they call.
   */
  static void addTo(
      JacksonApi api,
      TypeSpec.Builder type,
      Map<Checks, String> checks,
      Map<IsoCheck, String> isoChecks) {
    checks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(check -> type.addMethod(check(api, check.getValue(), check.getKey())));
    if (!checks.isEmpty()) {
      type.addMethod(keepsDatabindDefaults(api)).addMethod(isAlways());
    }
    if (checks.keySet().stream().anyMatch(check -> !check.scalars().isEmpty())) {
      type.addMethod(writesWithStandardSerializer(api));
    }
    if (checks.keySet().stream().anyMatch(check -> !check.records().isEmpty())) {
      type.addMethod(writesComponents(api));
    }
    if (checks.keySet().stream().anyMatch(check -> !check.enums().isEmpty())) {
      type.addMethod(writesConstantsAs(api));
    }
    isoChecks.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(check -> type.addMethod(isoCheck(api, check.getValue(), check.getKey())));
    if (!isoChecks.isEmpty()) {
      type.addMethod(writtenText(api));
    }
  }

  /**
   * Whether databind, as the mapper is configured, writes each record {@code checks} names as its
   * components, in order, under the keys this class writes, each value as this class does.
   */
  private static MethodSpec check(JacksonApi api, String methodName, Checks checks) {
    CodeBlock.Builder condition =
        CodeBlock.builder().add("$N(provider.getConfig())", KEEPS_DEFAULTS);
    for (TypeName scalar : checks.scalars()) {
      TypeName unboxed = scalar.isBoxedPrimitive() ? scalar.unbox() : scalar;
      String[] standard = STANDARD_SERIALIZERS.get(unboxed).split("\\.");
      condition.add(
          "\n&& $N(provider, $T.class, $T.class)",
          WRITES_STANDARD,
          scalar,
          api.standardSerializer(standard[0], Arrays.copyOfRange(standard, 1, standard.length)));
    }
    for (PlainRecord plain : checks.records()) {
      CodeBlock.Builder componentKeys = CodeBlock.builder();
      for (PlainRecord.Component component : plain.components()) {
        componentKeys.add(", $L", JavaStrings.of(component.key()));
      }
      condition.add(
          "\n&& $N(provider, $T.class$L)", WRITES_COMPONENTS, plain.type(), componentKeys.build());
    }
    for (ConstantTexts texts : checks.enums()) {
      condition.add(
          "\n&& $N(provider, $T.class, $T.values(), $N)",
          WRITES_CONSTANTS,
          texts.type(),
          texts.type(),
          texts.field());
    }
    return askingProvider(
            api,
            methodName,
            """
Whether databind, as the mapper is configured, writes the payloads this check is named after
as this class does: each record as its components, in order, under the keys this class
writes, each value as this class does.
""",
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
  private static MethodSpec isoCheck(JacksonApi api, String methodName, IsoCheck check) {
    CodeBlock.Builder parses = CodeBlock.builder();
    for (IsoDateTime dateTime : check.dateTimes()) {
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
            api,
            methodName,
            """
Refuses the mapper unless databind, as it is configured, writes each of these date and time types
as an ISO-8601 string, as the style requires of the payloads databind writes.
""",
            Modifier.STATIC)
        .beginControlFlow("try")
        .addCode(parses.build())
        .nextControlFlow("catch ($T e)", DATE_TIME_PARSE_EXCEPTION)
        .addStatement(
            "throw $T.from(provider, $S)",
            api.mappingException,
            check.payloadOfDatabind()
                ? VendorConvention.datesOfDatabindPayloadNeedIsoMapper(api.writeIsoDates)
                : VendorConvention.datesNeedIsoMapper(api.writeIsoDates, api.recordChanges))
        .endControlFlow()
        .build();
  }

  /**
   * The method {@code name}, described by {@code javadoc}, that asks databind through its first
   * parameter, {@code provider}, and fails as databind does.
   */
  private static MethodSpec.Builder askingProvider(
      JacksonApi api, String name, String javadoc, Modifier... modifiers) {
    return api.throwsOnMapping(
        method(name, javadoc, modifiers).addParameter(api.provider, "provider"));
  }

  /** The method {@code name}, described by {@code javadoc}. */
  private static MethodSpec.Builder method(String name, String javadoc, Modifier... modifiers) {
    return MethodSpec.methodBuilder(name).addJavadoc(javadoc).addModifiers(modifiers);
  }

  private static MethodSpec writtenText(JacksonApi api) {
    return method(
            WRITTEN_TEXT,
            """
The text databind writes for {@code value}, or an empty one when it writes no string or cannot
write it.
""",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(String.class)
        .addParameter(api.provider, "provider")
        .addParameter(Object.class, "value")
        .beginControlFlow("try ($T written = $L)", api.tokenBuffer, api.newTokenBuffer())
        .addStatement("$L.serialize(value, written, provider)", api.serializerOfValue())
        .beginControlFlow("try ($T parser = written.asParser())", api.jsonParser)
        .addStatement(
            "return parser.nextToken() == $T.VALUE_STRING ? parser.$L() : \"\"",
            api.jsonToken,
            api.parserText)
        .endControlFlow()
        .nextControlFlow("catch ($T e)", api.writingFailure)
        .addStatement("return \"\"")
        .endControlFlow()
        .build();
  }

  private static MethodSpec keepsDatabindDefaults(JacksonApi api) {
    CodeBlock.Builder condition =
        CodeBlock.builder().add("config.getPropertyNamingStrategy() == null\n");
    if (!api.sortsByDefault) {
      condition.add("&& !config.isEnabled($T.SORT_PROPERTIES_ALPHABETICALLY)\n", api.mapperFeature);
    }
    return method(
            KEEPS_DEFAULTS,
            """
Whether the mapper names, orders, includes and types properties as databind does by default.
""",
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(api.serializationConfig, "config")
        .addStatement(
            "return $L",
            condition
                .add(
                    "&& config.getDefaultTyper(config.constructType($T.class)) == null\n",
                    Object.class)
                .add("&& $N(config.getDefaultPropertyInclusion().getValueInclusion())\n", IS_ALWAYS)
                .add("&& $N(config.getDefaultPropertyInclusion().getContentInclusion())", IS_ALWAYS)
                .build())
        .build();
  }

  private static MethodSpec writesWithStandardSerializer(JacksonApi api) {
    return askingProvider(
            api,
            WRITES_STANDARD,
            """
            Whether databind writes {@code type} with {@code standard}, the serializer it has for it
            unless a module replaced it, with no per-type configuration.
            """,
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

  private static MethodSpec writesConstantsAs(JacksonApi api) {
    return method(
            WRITES_CONSTANTS,
            """
            Whether databind writes each of {@code constants}, the constants of {@code type} in
            ordinal order, as the string {@code texts} holds at the same index, with no per-type
            configuration of {@code type}.
            """,
            Modifier.PRIVATE,
            Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(api.provider, "provider")
        .addParameter(ANY_CLASS, "type")
        .addParameter(ArrayTypeName.of(ENUM), "constants")
        .addParameter(ArrayTypeName.of(api.serializedString), "texts")
        .beginControlFlow(
            "if (provider.getConfig().findConfigOverride(type) != null"
                + " || constants.length != texts.length)")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < constants.length; i++)")
        .beginControlFlow("try ($T gen = $L)", api.tokenBuffer, api.newTokenBuffer())
        .addStatement(api.serializeValue(CodeBlock.of("constants[i]")))
        .beginControlFlow("try ($T parser = gen.asParser())", api.jsonParser)
        .addStatement(
            "boolean same = parser.nextToken() == $T.VALUE_STRING\n"
                + "&& parser.$L().equals(texts[i].getValue())\n"
                + "&& parser.nextToken() == null",
            api.jsonToken,
            api.parserText)
        .beginControlFlow("if (!same)")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .nextControlFlow("catch ($T e)", api.writingFailure)
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
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

  private static MethodSpec writesComponents(JacksonApi api) {
    return askingProvider(
            api,
            WRITES_COMPONENTS,
            """
            Whether databind writes {@code type} with its standard bean serializer, exactly the keys
            {@code keys} in order, with no mix-in or per-type configuration.
            """,
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
        .addStatement("$T<?> serializer = provider.findValueSerializer(type)", api.serializer)
        .beginControlFlow(
            "if ($L)",
            CodeBlock.join(
                api.beanSerializers.stream()
                    .map(standard -> CodeBlock.of("serializer.getClass() != $T.class", standard))
                    .toList(),
                " && "))
        .addStatement("return false")
        .endControlFlow()
        .addStatement(
            "$T<$T> properties = serializer.properties()", Iterator.class, api.propertyWriter)
        .beginControlFlow("for ($T key : keys)", String.class)
        .beginControlFlow("if (!properties.hasNext() || !properties.next().getName().equals(key))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return !properties.hasNext()")
        .build();
  }
}
