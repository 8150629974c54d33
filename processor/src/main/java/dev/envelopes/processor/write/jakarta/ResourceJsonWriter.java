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
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonShape;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.PlainRecord;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.write.SourceFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders what the serializers of one resource's envelope records share, {@code <Resource>Json}:
 * the constant of every key they write, a method per plain record of their payloads that writes it,
 * and a check per payload of whether the mapper writes it as those methods do. Each serializer asks
 * here for what it uses while it is rendered and gets a reference to it, so the class holds each of
 * these once however many envelopes use it, and is not written when none does.
 */
final class ResourceJsonWriter {

  private static final String DATABIND = "com.fasterxml.jackson.databind";
  private static final ClassName SERIALIZATION_CONFIG =
      ClassName.get(DATABIND, "SerializationConfig");
  private static final ClassName MAPPER_FEATURE = ClassName.get(DATABIND, "MapperFeature");
  private static final ClassName BEAN_SERIALIZER =
      ClassName.get(DATABIND + ".ser", "BeanSerializer");
  private static final ClassName PROPERTY_WRITER =
      ClassName.get(DATABIND + ".ser", "PropertyWriter");
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
  private static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_TOKEN =
      ClassName.get("com.fasterxml.jackson.core", "JsonToken");
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

  /**
   * What one check asks databind: that it writes each of these scalar types and plain records as
   * the writers here do. Two payloads that reach the same ones in the same order share a check.
   */
  private record Checks(List<TypeName> scalars, List<PlainRecord> records) {}

  private final ResourceModel resource;
  private final ClassName name;
  private final PayloadJson payloads;
  private final NameAllocator constantNames = new NameAllocator();
  private final NameAllocator methodNames = new NameAllocator();

  /** The name of each key's constant, by key. */
  private final Map<String, String> constants = new LinkedHashMap<>();

  /** The name of each plain record's writer, by record. */
  private final Map<ClassName, String> recordWriters = new LinkedHashMap<>();

  /** The name of each check, by what it checks. */
  private final Map<Checks, String> checks = new LinkedHashMap<>();

  /** The name of each check that databind writes dates and times as ISO-8601, by their types. */
  private final Map<List<IsoDateTime>, String> isoChecks = new LinkedHashMap<>();

  ResourceJsonWriter(ResourceModel resource) {
    this.resource = resource;
    this.name = GeneratedNames.resourceJson(resource);
    this.payloads = resource.payloadJson();
    methodNames.newName(IS_ALWAYS, IS_ALWAYS);
    methodNames.newName(WRITES_COMPONENTS, WRITES_COMPONENTS);
    methodNames.newName(KEEPS_DEFAULTS, KEEPS_DEFAULTS);
    methodNames.newName(WRITES_STANDARD, WRITES_STANDARD);
    methodNames.newName(WRITTEN_TEXT, WRITTEN_TEXT);
  }

  /** How the payloads of the resource's envelopes are written. */
  PayloadJson payloads() {
    return payloads;
  }

  /** The constant holding {@code key}, ready to write. */
  CodeBlock key(String key) {
    return CodeBlock.of("$T.$N", name, constant(key));
  }

  /** The call that writes {@code value}, the plain record {@code type}, into {@code gen}. */
  CodeBlock writeRecord(ClassName type, CodeBlock value) {
    return CodeBlock.of("$T.$N($L, gen)", name, recordWriter(type), value);
  }

  /**
   * The call that checks, once per mapper, whether databind writes values of {@code shapes} as the
   * writers here do, given the mapper's {@code provider}.
   */
  CodeBlock writesAsDatabindWould(List<JsonShape> shapes) {
    Checks wanted =
        new Checks(payloads.scalarsReachedFrom(shapes), List.copyOf(payloads.reachedFrom(shapes)));
    String check =
        checks.computeIfAbsent(
            wanted,
            ignored ->
                methodNames.newName(
                    "writes" + String.join("And", rootNames(shapes)) + "AsDatabindWould"));
    return CodeBlock.of("$T.$N(provider)", name, check);
  }

  /**
   * The statement that refuses, once per mapper, a mapper that does not write each {@code
   * java.time} type that values of {@code shapes} hold as an ISO-8601 string, given the mapper's
   * {@code provider}; empty when they hold none.
   */
  Optional<CodeBlock> requireDateTimesAsIso(List<JsonShape> shapes) {
    List<IsoDateTime> dateTimes = payloads.dateTimesReachedFrom(shapes);
    if (dateTimes.isEmpty()) {
      return Optional.empty();
    }
    String check =
        isoChecks.computeIfAbsent(
            dateTimes,
            ignored ->
                methodNames.newName(
                    "require"
                        + String.join(
                            "And", dateTimes.stream().map(type -> type.type().simpleName()).toList())
                        + "AsIso"));
    return Optional.of(CodeBlock.of("$T.$N(provider)", name, check));
  }

  /** The class, unless no serializer asked for anything. */
  Optional<TypeSpec> render() {
    if (constants.isEmpty()
        && recordWriters.isEmpty()
        && checks.isEmpty()
        && isoChecks.isEmpty()) {
      return Optional.empty();
    }
    List<MethodSpec> writers = recordWriters();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.FINAL)
            .addAnnotation(SourceFiles.generated(SourceFiles.RECORDS_GENERATOR))
            .addJavadoc(
                "What the serializers of the envelope records of {@link $T} share: the keys they"
                    + " write,\nready to write",
                resource.type());
    if (!writers.isEmpty()) {
      type.addJavadoc("; the writers of their payloads' plain records");
    }
    if (!checks.isEmpty()) {
      type.addJavadoc(
          ";\nand the checks, made once per mapper, that databind would write their payloads just"
              + " as they do");
    }
    type.addJavadoc(".\n");
    constants.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            constant ->
                type.addField(
                    FieldSpec.builder(LibraryTypes.SERIALIZED_STRING, constant.getValue())
                        .addModifiers(Modifier.STATIC, Modifier.FINAL)
                        .initializer(
                            "new $T($S)", LibraryTypes.SERIALIZED_STRING, constant.getKey())
                        .build()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(writers);
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
    return Optional.of(type.build());
  }

  /** The name of the constant holding {@code key}. */
  private String constant(String key) {
    return constants.computeIfAbsent(key, ignored -> constantNames.newName(constantName(key), key));
  }

  /** The name of the method that writes the plain record {@code type}. */
  private String recordWriter(ClassName type) {
    return recordWriters.computeIfAbsent(
        type, ignored -> methodNames.newName("write" + type.simpleName(), type));
  }

  /**
   * The writer of each plain record a serializer writes, and of each record those hold, by name.
   */
  private List<MethodSpec> recordWriters() {
    List<MethodSpec> methods = new ArrayList<>();
    Set<ClassName> rendered = new HashSet<>();
    while (rendered.size() < recordWriters.size()) {
      // Rendering a writer asks for the writers of the records it holds.
      for (ClassName type : List.copyOf(recordWriters.keySet())) {
        if (rendered.add(type)) {
          methods.add(recordWriter(payloads.record(type)));
        }
      }
    }
    methods.sort(Comparator.comparing(MethodSpec::name));
    return methods;
  }

  private MethodSpec recordWriter(PlainRecord plain) {
    MethodSpec.Builder write =
        MethodSpec.methodBuilder(recordWriter(plain.type()))
            .addJavadoc("Writes {@code value} key by key.\n")
            .addModifiers(Modifier.STATIC)
            .addParameter(plain.type(), "value")
            .addParameter(LibraryTypes.JSON_GENERATOR, "gen")
            .addException(IOException.class)
            .beginControlFlow("if (value == null)")
            .addStatement("gen.writeNull()")
            .addStatement("return")
            .endControlFlow()
            .addStatement("gen.writeStartObject(value)");
    for (PlainRecord.Component component : plain.components()) {
      write
          .addStatement("gen.writeFieldName($N)", constant(component.key()))
          .addCode(
              JsonValueWriter.write(
                  component.shape(),
                  CodeBlock.of("value.$N()", component.accessor()),
                  (type, value) -> CodeBlock.of("$N($L, gen)", recordWriter(type), value)));
    }
    return write.addStatement("gen.writeEndObject()").build();
  }

  /**
   * Whether databind, as the mapper is configured, writes each record {@code checks} names as its
   * components, in order, under the keys this class writes, each value as this class does.
   */
  private MethodSpec check(String methodName, Checks checks) {
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
    return MethodSpec.methodBuilder(methodName)
        .addJavadoc(
            "Whether databind, as the mapper is configured, writes the payloads this check is"
                + " named after\nas this class does: each record as its components, in order,"
                + " under the keys this class\nwrites, each value as this class does.\n")
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(LibraryTypes.SERIALIZER_PROVIDER, "provider")
        .addException(LibraryTypes.JSON_MAPPING_EXCEPTION)
        .addStatement("return $L", condition.build())
        .build();
  }

  /**
   * Refuses the mapper unless databind, as it is configured, writes a value of each of {@code
   * dateTimes} as an ISO-8601 string: a sample value of each, written, must read back with the
   * type's ISO-8601 parser.
   */
  private MethodSpec isoCheck(String methodName, List<IsoDateTime> dateTimes) {
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
    return MethodSpec.methodBuilder(methodName)
        .addJavadoc(
            "Refuses the mapper unless databind, as it is configured, writes each of these date"
                + " and time types\nas an ISO-8601 string, as the style requires of the payloads"
                + " databind writes.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(LibraryTypes.SERIALIZER_PROVIDER, "provider")
        .addException(LibraryTypes.JSON_MAPPING_EXCEPTION)
        .beginControlFlow("try")
        .addCode(parses.build())
        .nextControlFlow("catch ($T e)", DATE_TIME_PARSE_EXCEPTION)
        .addStatement(
            "throw $T.from(provider, $S)",
            LibraryTypes.JSON_MAPPING_EXCEPTION,
            VendorConvention.DATES_NEED_ISO_MAPPER)
        .endControlFlow()
        .build();
  }

  private static MethodSpec writtenText() {
    return MethodSpec.methodBuilder(WRITTEN_TEXT)
        .addJavadoc(
            "The text databind writes for {@code value}, or an empty one when it writes no"
                + " string or cannot\nwrite it.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(LibraryTypes.SERIALIZER_PROVIDER, "provider")
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
    return MethodSpec.methodBuilder(KEEPS_DEFAULTS)
        .addJavadoc(
            "Whether the mapper names, orders, includes and types properties as databind does by"
                + " default.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
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
    return MethodSpec.methodBuilder(WRITES_STANDARD)
        .addJavadoc(
            "Whether databind writes {@code type} with {@code standard}, the serializer it has"
                + " for it\nunless a module replaced it, with no per-type configuration.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(LibraryTypes.SERIALIZER_PROVIDER, "provider")
        .addParameter(ANY_CLASS, "type")
        .addParameter(ANY_CLASS, "standard")
        .addException(LibraryTypes.JSON_MAPPING_EXCEPTION)
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
    return MethodSpec.methodBuilder(WRITES_COMPONENTS)
        .addJavadoc(
            "Whether databind writes {@code type} with its standard bean serializer, exactly the"
                + " keys\n{@code keys} in order, with no mix-in or per-type configuration.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(LibraryTypes.SERIALIZER_PROVIDER, "provider")
        .addParameter(ANY_CLASS, "type")
        .addParameter(String[].class, "keys")
        .varargs()
        .addException(LibraryTypes.JSON_MAPPING_EXCEPTION)
        .beginControlFlow(
            "if (provider.getConfig().findConfigOverride(type) != null"
                + " || provider.getConfig().findMixInClassFor(type) != null)")
        .addStatement("return false")
        .endControlFlow()
        .addStatement(
            "$T<?> serializer = provider.findValueSerializer(type)", LibraryTypes.JSON_SERIALIZER)
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

  /** What a check is named after: the types at the root of each payload, once each. */
  private static List<String> rootNames(List<JsonShape> shapes) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonShape shape : shapes) {
      JsonShape root = shape;
      while (root instanceof JsonShape.Sequence sequence) {
        root = sequence.element();
      }
      if (root instanceof JsonShape.Plain plain) {
        names.add(plain.type().simpleName());
      } else if (root instanceof JsonShape.Scalar scalar) {
        TypeName type = scalar.type().isPrimitive() ? scalar.type().box() : scalar.type();
        names.add(((ClassName) type).simpleName());
      } else if (root instanceof JsonShape.DateTime dateTime) {
        names.add(dateTime.type().type().simpleName());
      }
    }
    return List.copyOf(names);
  }

  /** {@code status_code} and {@code statusCode} as {@code STATUS_CODE}. */
  static String constantName(String key) {
    StringBuilder constant = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(key.charAt(i - 1))) {
        constant.append('_');
      }
      constant.append(Character.isLetterOrDigit(c) ? c : '_');
    }
    return constant.toString().toUpperCase(Locale.ROOT);
  }
}
