package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.write.Members;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code EnvelopesBodyNames} for Spring MVC: a path into a request body as Spring's
 * validation names it ({@code lines[2].priceCents}), with each property named as the application's
 * Jackson mapper reads it ({@code lines[2].price_cents}), so that a client sees the names it sent,
 * as on Jakarta REST. Rendered for the Jackson the build has: Jackson 3 reaches the same
 * introspection through a {@code ClassIntrospector}.
 */
final class BodyNamesWriter {

  private BodyNamesWriter() {}

  /** The mapper class the names are read with, for the Jackson the build has. */
  static ClassName mapper(JsonLibrary json) {
    return ClassName.get(databind(json), "ObjectMapper");
  }

  /** What makes a mapper nobody configured, for an application without one. */
  static ClassName unconfiguredMapper(JsonLibrary json) {
    return switch (json) {
      case JACKSON_2 -> mapper(json);
      case JACKSON_3 -> ClassName.get(databind(json) + ".json", "JsonMapper");
    };
  }

  private static String databind(JsonLibrary json) {
    return switch (json) {
      case JACKSON_2 -> "com.fasterxml.jackson.databind";
      case JACKSON_3 -> "tools.jackson.databind";
    };
  }

  static TypeSpec render(ClassName self, JsonLibrary json) {
    String databind = databind(json);
    ClassName config = ClassName.get(databind, "DeserializationConfig");
    ClassName javaType = ClassName.get(databind, "JavaType");
    ClassName property = ClassName.get(databind + ".introspect", "BeanPropertyDefinition");
    return Members.finalClass(self)
        .addJavadoc(
            """
A path into a request body as Spring's validation names it, such as {@code lines[2].priceCents},
with each property named as the application's {@code ObjectMapper} reads it, after its
{@code @JsonProperty} names, {@code @JsonNaming}, mix-ins and naming strategy: {@code lines[2].price_cents}.
Validation failures name the fields they are about through it, so that a client sees the names it
sent. Where Jackson does not know a property, its Java name stands.
""")
        .addField(
            FieldSpec.builder(config, "reading", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("How the application's mapper reads a body.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(mapper(json), "mapper")
                .addStatement(
                    "this.reading = mapper.$L()",
                    json == JsonLibrary.JACKSON_3
                        ? "deserializationConfig"
                        : "getDeserializationConfig")
                .build())
        .addMethod(jsonPath(javaType, property))
        .addMethod(propertyOf(json, javaType, property))
        .build();
  }

  private static MethodSpec jsonPath(ClassName javaType, ClassName property) {
    return MethodSpec.methodBuilder("jsonPath")
        .returns(String.class)
        .addJavadoc(
            "{@code path}, a property path into {@code body}, with the names of its JSON.\n")
        .addParameter(Object.class, "body")
        .addParameter(String.class, "path")
        .beginControlFlow("if (body == null || path == null)")
        .addStatement("return path")
        .endControlFlow()
        .addStatement("$T type = reading.constructType(body.getClass())", javaType)
        .addStatement("$T json = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("int at = 0")
        .beginControlFlow("while (at < path.length())")
        .beginControlFlow("if (path.charAt(at) == '.')")
        .addStatement("at++")
        .nextControlFlow("else if (path.charAt(at) == '[')")
        .addComment("An element of a list, array or map: its index or key stays as it is.")
        .addStatement("int end = path.indexOf(']', at)")
        .addStatement("int next = end < 0 ? path.length() : end + 1")
        .addStatement("json.append(path, at, next)")
        .addStatement("type = type == null ? null : type.getContentType()")
        .addStatement("at = next")
        .nextControlFlow("else")
        .addStatement("int end = at")
        .beginControlFlow(
            "while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[')")
        .addStatement("end++")
        .endControlFlow()
        .addStatement("$T javaName = path.substring(at, end)", String.class)
        .addStatement("$T property = type == null ? null : propertyOf(type, javaName)", property)
        .beginControlFlow("if (json.length() > 0)")
        .addStatement("json.append('.')")
        .endControlFlow()
        .addStatement("json.append(property == null ? javaName : property.getName())")
        .addStatement("type = property == null ? null : property.getPrimaryType()")
        .addStatement("at = end")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return json.toString()")
        .build();
  }

  private static MethodSpec propertyOf(JsonLibrary json, ClassName javaType, ClassName property) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("propertyOf")
            .addModifiers(Modifier.PRIVATE)
            .returns(property)
            .addJavadoc(
                """
The property of {@code type} that Java calls {@code javaName}, as the mapper reads it, or
{@code null}.
""")
            .addParameter(javaType, "type")
            .addParameter(String.class, "javaName");
    TypeName description = ClassName.get(databind(json), "BeanDescription");
    if (json == JsonLibrary.JACKSON_3) {
      ClassName introspector = ClassName.get(databind(json) + ".introspect", "ClassIntrospector");
      method
          .addStatement(
              "$T introspector = reading.classIntrospectorInstance().forOperation(reading)",
              introspector)
          .addStatement(
              "$T description =$Wintrospector.introspectForDeserialization(type,"
                  + " introspector.introspectClassAnnotations(type))",
              description);
    } else {
      method.addStatement("$T description = reading.introspect(type)", description);
    }
    return method
        .beginControlFlow("for ($T candidate : description.findProperties())", property)
        .beginControlFlow("if (candidate.getInternalName().equals(javaName))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return null")
        .build();
  }
}
