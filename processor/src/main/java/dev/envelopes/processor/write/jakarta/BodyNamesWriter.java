package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.KeepingConstructors;
import dev.envelopes.processor.write.Members;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the class through which validation failures name a request body's fields as the client
 * sent them: Jackson's own description of each class, from the application's {@code ObjectMapper},
 * so that {@code @JsonProperty}, {@code @JsonNaming}, mix-ins and the mapper's naming strategy all
 * count, with nothing reflected by hand.
 */
final class BodyNamesWriter {

  private BodyNamesWriter() {}

  static TypeSpec render(GeneratedNames names) {
    ClassName self = names.bodyNames();
    return Members.finalClass(self)
        .addJavadoc(
            """
A place in a request body, known by the names its properties have in JSON: those the application's
{@code ObjectMapper} reads, after its {@code @JsonProperty} names, {@code @JsonNaming}, mix-ins and
naming strategy. Validation failures name the fields they are about through it, so that a client
sees the names it sent. Where Jackson does not know a property, its Java name stands.
""")
        .addField(
            FieldSpec.builder(
                    LibraryTypes.DESERIALIZATION_CONFIG,
                    "UNCONFIGURED",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc(
                    """
How a mapper that nobody configured reads JSON, for an application that provides no
{@code ObjectMapper}.
""")
                .initializer("new $T().getDeserializationConfig()", LibraryTypes.OBJECT_MAPPER)
                .build())
        .addField(
            FieldSpec.builder(
                    LibraryTypes.DESERIALIZATION_CONFIG,
                    "reading",
                    Modifier.PRIVATE,
                    Modifier.FINAL)
                .addJavadoc("How the application's mapper reads the body.\n")
                .build())
        .addField(
            FieldSpec.builder(LibraryTypes.JAVA_TYPE, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The type of the value here, or {@code null} if it is not known.\n")
                .build())
        .addField(
            FieldSpec.builder(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc(
                    """
The name of the property here in JSON, or {@code null} at the top or in an element.
""")
                .build())
        .addMethod(
            KeepingConstructors.keeping(
                    MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE),
                    List.of(
                        LibraryTypes.DESERIALIZATION_CONFIG,
                        LibraryTypes.JAVA_TYPE,
                        ClassName.get(String.class)),
                    List.of("reading", "type", "name"))
                .build())
        .addMethod(of(self))
        .addMethod(element(self))
        .addMethod(property(self))
        .addMethod(
            MethodSpec.methodBuilder("name")
                .returns(String.class)
                .addJavadoc(
                    """
The name of the property here in JSON, or {@code null} at the top or in an element.
""")
                .addStatement("return name")
                .build())
        .build();
  }

  private static MethodSpec of(ClassName self) {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(self)
        .addJavadoc(
            """
The top of {@code body}, read as the {@code ObjectMapper} that {@code providers} resolve for its
class reads JSON, as Jackson's own Jakarta REST provider resolves it.
""")
        .addParameter(LibraryTypes.PROVIDERS, "providers")
        .addParameter(Object.class, "body")
        .beginControlFlow("if (body == null)")
        .addStatement("return new $T(UNCONFIGURED, null, null)", self)
        .endControlFlow()
        .addStatement(
            "$T resolver =\nproviders.getContextResolver($T.class, $T.APPLICATION_JSON_TYPE)",
            ParameterizedTypeName.get(LibraryTypes.CONTEXT_RESOLVER, LibraryTypes.OBJECT_MAPPER),
            LibraryTypes.OBJECT_MAPPER,
            LibraryTypes.MEDIA_TYPE)
        .addStatement(
            "$T mapper = resolver == null ? null : resolver.getContext(body.getClass())",
            LibraryTypes.OBJECT_MAPPER)
        .addStatement(
            "$T reading = mapper == null ? UNCONFIGURED : mapper.getDeserializationConfig()",
            LibraryTypes.DESERIALIZATION_CONFIG)
        .addStatement("return new $T(reading, reading.constructType(body.getClass()), null)", self)
        .build();
  }

  private static MethodSpec element(ClassName self) {
    return MethodSpec.methodBuilder("element")
        .returns(self)
        .addJavadoc("An element of the list, array or map here.\n")
        .addStatement(
            "return new $T(reading, type == null ? null : type.getContentType(), null)", self)
        .build();
  }

  private static MethodSpec property(ClassName self) {
    return MethodSpec.methodBuilder("property")
        .returns(self)
        .addJavadoc(
            """
            The property of the value here that Java calls {@code javaName}, named as in JSON.
            """)
        .addParameter(String.class, "javaName")
        .beginControlFlow("if (type != null)")
        .beginControlFlow(
            "for ($T property : reading.introspect(type).findProperties())",
            LibraryTypes.BEAN_PROPERTY_DEFINITION)
        .beginControlFlow("if (property.getInternalName().equals(javaName))")
        .addStatement("return new $T(reading, property.getPrimaryType(), property.getName())", self)
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(reading, null, javaName)", self)
        .build();
  }
}
