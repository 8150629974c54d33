package dev.envelopes.processor.write.json;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.SourceFiles;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders records that are written as JSON objects with fixed keys: every key is named explicitly,
 * every key is written even when {@code null}, and the keys keep their order, whatever the user's
 * {@code ObjectMapper} is configured to do with names, nulls and order. The bare style's record of a
 * value or a list is written as the value of its one key alone, with no object around it.
 */
public final class JsonRecords {

  private JsonRecords() {}

  /**
   * One key of the object.
   *
   * @param key the JSON key
   * @param javaName the record component's name
   * @param type its type
   * @param doc what it holds, for the record's javadoc
   * @param omittedWhenNull whether the key is left out when its value is {@code null}, for the
   *     optional keys of a convention
   * @param payload whether it holds what the user's method answered, rather than the convention's
   *     own values
   */
  public record Key(
      String key,
      String javaName,
      TypeName type,
      String doc,
      boolean omittedWhenNull,
      boolean payload) {

    /** A key of the convention's own that is always written, {@code null} or not. */
    public Key(String key, String javaName, TypeName type, String doc) {
      this(key, javaName, type, doc, false, false);
    }

    /** A key of the convention's own. */
    public Key(String key, String javaName, TypeName type, String doc, boolean omittedWhenNull) {
      this(key, javaName, type, doc, omittedWhenNull, false);
    }

    /** A key holding what the user's method answered, always written. */
    public static Key payload(String key, String javaName, TypeName type, String doc) {
      return new Key(key, javaName, type, doc, false, true);
    }
  }

  /**
   * A public record of the API for {@code keys}, its serializer written for {@code json}, ready for
   * members to be added.
   */
  public static TypeSpec.Builder record(
      JsonLibrary json, ClassName name, CodeBlock summary, List<Key> keys) {
    JacksonApi api = JacksonApi.of(json);
    return builder(api, name, summary, keys, SourceFiles.GENERATOR, false)
        .addType(JsonSerializerWriter.render(api, name, keys));
  }

  /**
   * A public record of the API for {@code keys}, described by {@code summary}, its serializer
   * written for {@code json}, and no more.
   */
  public static TypeSpec recordOf(JsonLibrary json, ClassName name, String summary, Key... keys) {
    return record(json, name, CodeBlock.of(summary), List.of(keys)).build();
  }

  /**
   * The record of one method's answer, which {@code EnvelopeRecordsProcessor} generates from the
   * resource class alone; its serializer uses what the resource's serializers share.
   */
  static TypeSpec.Builder methodRecord(
      ClassName name,
      CodeBlock summary,
      List<Key> keys,
      ResourceModel resource,
      EndpointModel endpoint,
      ResourceJsonWriter shared) {
    return methodRecord(name, summary, keys, resource, endpoint, shared, false);
  }

  /**
   * The record of one method's answer that holds its value, {@code key}, and is written as that
   * value alone, with no object around it; otherwise as {@link #methodRecord}.
   */
  static TypeSpec.Builder valueRecord(
      ClassName name,
      CodeBlock summary,
      Key key,
      ResourceModel resource,
      EndpointModel endpoint,
      ResourceJsonWriter shared) {
    return methodRecord(name, summary, List.of(key), resource, endpoint, shared, true);
  }

  private static TypeSpec.Builder methodRecord(
      ClassName name,
      CodeBlock summary,
      List<Key> keys,
      ResourceModel resource,
      EndpointModel endpoint,
      ResourceJsonWriter shared,
      boolean valueOnly) {
    return builder(shared.api(), name, summary, keys, SourceFiles.RECORDS_GENERATOR, valueOnly)
        .addType(
            JsonSerializerWriter.render(
                name,
                keys,
                shared,
                CodeBlock.of("the answer of $L", Javadocs.methodLink(resource, endpoint)),
                new JsonSerializerWriter.Form(
                    Conventions.of(endpoint.style()).writesIsoDateTimes(), valueOnly)));
  }

  /**
   * The record, with {@code @Generated} naming {@code generator} unless it is {@code null}, ready
   * for its serializer to be added; one written as the value of its one key alone has no keys, so
   * no annotation names or orders them.
   */
  private static TypeSpec.Builder builder(
      JacksonApi api,
      ClassName name,
      CodeBlock summary,
      List<Key> keys,
      String generator,
      boolean valueOnly) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(summary).add("\n\n");
    MethodSpec.Builder canonical = MethodSpec.constructorBuilder();
    CodeBlock.Builder order = CodeBlock.builder().add("{");
    for (int i = 0; i < keys.size(); i++) {
      Key key = keys.get(i);
      javadoc.add("@param $L $L\n", key.javaName(), key.doc());
      ParameterSpec.Builder component =
          ParameterSpec.builder(
              qualifiedWhereHidden(key.type(), JsonSerializerWriter.NAME), key.javaName());
      if (!valueOnly) {
        component.addAnnotation(
            AnnotationSpec.builder(JsonTypes.JSON_PROPERTY)
                .addMember("value", JavaStrings.of(key.key()))
                .build());
      }
      if (key.omittedWhenNull()) {
        component.addAnnotation(
            AnnotationSpec.builder(JsonTypes.JSON_INCLUDE)
                .addMember("value", "$T.Include.NON_NULL", JsonTypes.JSON_INCLUDE)
                .build());
      }
      canonical.addParameter(component.build());
      order.add(i == 0 ? "$L" : ", $L", JavaStrings.of(key.key()));
    }
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc(javadoc.build());
    if (generator != null) {
      record.addAnnotation(SourceFiles.generated(generator));
    }
    if (valueOnly) {
      // Read back from the value alone, as it is written: a client's test may read an answer
      // into its record, as it can the records with keys.
      return record
          .addAnnotation(JsonSerializerWriter.annotation(api, name))
          .recordConstructor(canonical.build())
          .addMethod(
              MethodSpec.compactConstructorBuilder()
                  .addModifiers(Modifier.PUBLIC)
                  .addJavadoc("Reads the record from the value alone, as it is written.\n")
                  .addAnnotation(
                      AnnotationSpec.builder(JsonTypes.JSON_CREATOR)
                          .addMember("mode", "$T.Mode.DELEGATING", JsonTypes.JSON_CREATOR)
                          .build())
                  .build());
    }
    return record
        .addAnnotation(
            AnnotationSpec.builder(JsonTypes.JSON_INCLUDE)
                .addMember("value", "$T.Include.ALWAYS", JsonTypes.JSON_INCLUDE)
                .build())
        .addAnnotation(
            AnnotationSpec.builder(JsonTypes.JSON_PROPERTY_ORDER)
                .addMember("value", order.add("}").build())
                .build())
        .addAnnotation(JsonSerializerWriter.annotation(api, name))
        .recordConstructor(canonical.build());
  }

  /**
   * {@code type} as a record component of a record that declares the nested class {@code nested}:
   * each class whose top-level name is {@code nested}, as a user's payload named {@code Json},
   * written with its package. A record's components are in the
   * scope of its nested classes, but JavaPoet writes them before it enters the record, where it
   * does not see the clash and writes the user's type by its simple name, which then names the
   * nested class. Any other type is {@code type} itself, so the record reads as before.
   */
  static TypeName qualifiedWhereHidden(TypeName type, String nested) {
    if (type instanceof ClassName name) {
      if (!name.topLevelClassName().simpleName().equals(nested)) {
        return name;
      }
      // A class in no package whose simple name is the qualified name: JavaPoet can only write it
      // in full, and never imports it.
      return ClassName.get("", name.canonicalName()).annotated(name.annotations());
    }
    if (type instanceof ParameterizedTypeName parameterized
        && parameterized.enclosingType() == null) {
      TypeName[] arguments =
          parameterized.typeArguments().stream()
              .map(argument -> qualifiedWhereHidden(argument, nested))
              .toArray(TypeName[]::new);
      return ParameterizedTypeName.get(
              (ClassName)
                  qualifiedWhereHidden(parameterized.rawType().withoutAnnotations(), nested),
              arguments)
          .annotated(parameterized.annotations());
    }
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(qualifiedWhereHidden(array.componentType(), nested))
          .annotated(array.annotations());
    }
    if (type instanceof WildcardTypeName wildcard) {
      return wildcard.lowerBounds().isEmpty()
          ? WildcardTypeName.subtypeOf(qualifiedWhereHidden(wildcard.upperBounds().get(0), nested))
              .annotated(wildcard.annotations())
          : WildcardTypeName.supertypeOf(
                  qualifiedWhereHidden(wildcard.lowerBounds().get(0), nested))
              .annotated(wildcard.annotations());
    }
    return type;
  }
}
