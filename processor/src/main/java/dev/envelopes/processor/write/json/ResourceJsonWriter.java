package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.IsoDateTime;
import dev.envelopes.processor.model.JsonShape;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.PlainRecord;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.SourceFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * the constant of every key they write, the texts of their payloads' enums, a method per plain
 * record of their payloads that writes it, the method that writes their {@code pagination}, and a
 * check per payload of whether the mapper writes it as those methods do. Each serializer asks here
 * for what it uses while it is rendered and gets a reference to it, so the class holds each of
 * these once however many envelopes use it, and is not written when none does.
 */
final class ResourceJsonWriter {

  private final ResourceModel resource;
  private final JacksonApi api;
  private final ClassName name;
  private final PayloadJson payloads;
  private final NameAllocator constantNames = new NameAllocator();
  private final NameAllocator methodNames = new NameAllocator();

  /** The name of each key's constant, by key. */
  private final Map<String, String> constants = new LinkedHashMap<>();

  /** The name of each plain record's writer, by record. */
  private final Map<ClassName, String> recordWriters = new LinkedHashMap<>();

  /** The name of the writer of each {@code pagination} object, by object. */
  private final Map<PaginationObjects.PaginationObject, String> paginationWriters =
      new LinkedHashMap<>();

  /** The name of the array of each enum's texts, by enum. */
  private final Map<JsonShape.EnumOf, String> enumTexts = new LinkedHashMap<>();

  /** The name of each check, by what it checks. */
  private final Map<DatabindChecksWriter.Checks, String> checks = new LinkedHashMap<>();

  /** The name of each check that databind writes dates and times as ISO-8601, by their types. */
  private final Map<DatabindChecksWriter.IsoCheck, String> isoChecks = new LinkedHashMap<>();

  ResourceJsonWriter(ResourceModel resource, JacksonApi api) {
    this.resource = resource;
    this.api = api;
    this.name = GeneratedNames.resourceJson(resource);
    this.payloads = resource.payloadJson();
    for (String helper : DatabindChecksWriter.HELPERS) {
      methodNames.newName(helper, helper);
    }
  }

  /** The Jackson the resource's serializers write with. */
  JacksonApi api() {
    return api;
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

  /** The array of the texts of {@code enumOf}'s constants, by ordinal, ready to write. */
  CodeBlock enumTexts(JsonShape.EnumOf enumOf) {
    return CodeBlock.of("$T.$N", name, enumTextsField(enumOf));
  }

  /**
   * The call that writes {@code value}, the annotations jar's {@code pagination} object {@code
   * object}, into {@code gen}.
   */
  CodeBlock writePagination(PaginationObjects.PaginationObject object, CodeBlock value) {
    String writer =
        paginationWriters.computeIfAbsent(
            object, ignored -> methodNames.newName("write" + object.type().simpleName(), object));
    return CodeBlock.of("$T.$N($L, gen)", name, writer, value);
  }

  /**
   * The call that checks, once per mapper, whether databind writes values of {@code shapes} as the
   * writers here do, given the mapper's {@code provider}.
   */
  CodeBlock writesAsDatabindWould(List<JsonShape> shapes) {
    DatabindChecksWriter.Checks wanted =
        new DatabindChecksWriter.Checks(
            payloads.scalarsReachedFrom(shapes),
            List.copyOf(payloads.reachedFrom(shapes)),
            payloads.enumsReachedFrom(shapes).stream()
                .map(
                    enumOf ->
                        new DatabindChecksWriter.ConstantTexts(
                            enumOf.type(), enumTextsField(enumOf)))
                .toList());
    String check =
        checks.computeIfAbsent(
            wanted,
            // Tagged with its key: without a tag, NameAllocator draws a random UUID per name.
            ignored ->
                methodNames.newName(
                    "writes" + String.join("And", rootNames(shapes)) + "AsDatabindWould", wanted));
    return CodeBlock.of("$T.$N(provider)", name, check);
  }

  /**
   * The statement that refuses, once per mapper, a mapper that does not write each of {@code
   * dateTimes} as an ISO-8601 string, given the mapper's {@code provider}; empty when there are
   * none. Databind writes them because the mapper changes how records are written, or, where
   * {@code payloadOfDatabind}, because the payload holds a type the generated serializers leave to
   * it whatever the mapper.
   */
  Optional<CodeBlock> requireDateTimesAsIso(
      List<IsoDateTime> dateTimes, boolean payloadOfDatabind) {
    if (dateTimes.isEmpty()) {
      return Optional.empty();
    }
    DatabindChecksWriter.IsoCheck wanted =
        new DatabindChecksWriter.IsoCheck(dateTimes, payloadOfDatabind);
    String check =
        isoChecks.computeIfAbsent(
            wanted,
            ignored ->
                methodNames.newName(
                    "require"
                        + (payloadOfDatabind ? "Databind" : "")
                        + String.join(
                            "And",
                            dateTimes.stream().map(type -> type.type().simpleName()).toList())
                        + "AsIso",
                    wanted));
    return Optional.of(CodeBlock.of("$T.$N(provider)", name, check));
  }

  /** The class, unless no serializer asked for anything. */
  Optional<TypeSpec> render() {
    if (constants.isEmpty()
        && enumTexts.isEmpty()
        && recordWriters.isEmpty()
        && checks.isEmpty()
        && isoChecks.isEmpty()) {
      return Optional.empty();
    }
    List<MethodSpec> writers = recordWriters();
    paginationWriters.forEach((object, writer) -> writers.add(paginationWriter(object, writer)));
    writers.sort(Comparator.comparing(MethodSpec::name));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.FINAL)
            .addAnnotation(SourceFiles.generated(SourceFiles.RECORDS_GENERATOR))
            .addJavadoc(
                "What the serializers of the envelope records of {@link $T} share: the keys they"
                    + " write,\nready to write",
                resource.type());
    if (!enumTexts.isEmpty()) {
      type.addJavadoc("; the text of each constant of their\npayloads' enums");
    }
    if (!recordWriters.isEmpty()) {
      type.addJavadoc("; the writers of their payloads' plain records");
    }
    if (!paginationWriters.isEmpty()) {
      type.addJavadoc(";\nthe writer of their {@code pagination}");
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
                    FieldSpec.builder(api.serializedString, constant.getValue())
                        .addModifiers(Modifier.STATIC, Modifier.FINAL)
                        .initializer(
                            "new $T($L)", api.serializedString, JavaStrings.of(constant.getKey()))
                        .build()));
    enumTexts.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(texts -> type.addField(enumTextsField(texts.getKey(), texts.getValue())));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(writers);
    DatabindChecksWriter.addTo(api, type, checks, isoChecks);
    return Optional.of(type.build());
  }

  /** The name of the constant holding {@code key}. */
  private String constant(String key) {
    return constants.computeIfAbsent(key, ignored -> constantNames.newName(constantName(key), key));
  }

  /** The name of the array of {@code enumOf}'s texts. */
  private String enumTextsField(JsonShape.EnumOf enumOf) {
    return enumTexts.computeIfAbsent(
        enumOf,
        ignored ->
            constantNames.newName(constantName(enumOf.type().simpleName()) + "_TEXTS", enumOf));
  }

  /** The array {@code name} of the texts of {@code enumOf}'s constants, by ordinal. */
  private FieldSpec enumTextsField(JsonShape.EnumOf enumOf, String name) {
    return FieldSpec.builder(ArrayTypeName.of(api.serializedString), name)
        .addJavadoc("The text of each constant of {@link $T}, by ordinal.\n", enumOf.type())
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "{$L}",
            CodeBlock.join(
                enumOf.texts().stream()
                    .map(
                        text ->
                            CodeBlock.of("new $T($L)", api.serializedString, JavaStrings.of(text)))
                    .toList(),
                ",$W"))
        .build();
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
    return methods;
  }

  private MethodSpec recordWriter(PlainRecord plain) {
    CodeBlock.Builder keys = CodeBlock.builder();
    for (PlainRecord.Component component : plain.components()) {
      keys.addStatement("gen.$L($N)", api.writeName, constant(component.key()))
          .add(
              JsonValueWriter.write(
                  component.shape(),
                  CodeBlock.of("value.$N()", component.accessor()),
                  (type, value) -> CodeBlock.of("$N($L, gen)", recordWriter(type), value),
                  enumOf -> CodeBlock.of("$N", enumTextsField(enumOf))));
    }
    return objectWriter(
        recordWriter(plain.type()), plain.type(), "Writes {@code value} key by key.", keys.build());
  }

  private MethodSpec paginationWriter(PaginationObjects.PaginationObject object, String name) {
    CodeBlock.Builder keys = CodeBlock.builder();
    for (PaginationObjects.Key key : object.keys()) {
      CodeBlock value = CodeBlock.of("value.$N()", key.accessor());
      keys.addStatement("gen.$L($N)", api.writeName, constant(key.key()))
          .add(
              key.type().equals(PaginationObjects.URI_TYPE)
                  ? JsonValueWriter.writeUri(value)
                  : JsonValueWriter.writeScalar(key.type(), value));
    }
    return objectWriter(
        name,
        object.type(),
        "Writes {@code value} key by key, never through databind, whatever the mapper's settings.",
        keys.build());
  }

  /**
   * The writer {@code name} of a {@code type}: {@code null} as {@code null}, else an object of the
   * keys {@code keys} writes.
   */
  private MethodSpec objectWriter(String name, TypeName type, String doc, CodeBlock keys) {
    return api.throwsOnWriting(
            MethodSpec.methodBuilder(name)
                .addJavadoc(doc + "\n")
                .addModifiers(Modifier.STATIC)
                .addParameter(type, "value")
                .addParameter(api.jsonGenerator, "gen"))
        .beginControlFlow("if (value == null)")
        .addStatement("gen.writeNull()")
        .addStatement("return")
        .endControlFlow()
        .addStatement("gen.writeStartObject(value)")
        .addCode(keys)
        .addStatement("gen.writeEndObject()")
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
      } else if (root instanceof JsonShape.EnumOf enumOf) {
        names.add(enumOf.type().simpleName());
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
