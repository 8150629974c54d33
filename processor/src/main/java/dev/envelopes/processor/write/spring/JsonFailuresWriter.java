package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.JsonReadFailures;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code BodyFailure}, why a request body could not be read, and {@code
 * EnvelopesJsonFailures}, the only class of the Spring glue that names Jackson: it tells the
 * failure from the cause of Spring's {@code HttpMessageNotReadableException}, for the Jackson the
 * build has.
 */
final class JsonFailuresWriter {

  private JsonFailuresWriter() {}

  static TypeSpec bodyFailure(SpringNames names) {
    return TypeSpec.enumBuilder(names.bodyFailure())
        .addJavadoc("Why a request body could not be read, whichever JSON library read it.\n")
        .addAnnotation(SourceFiles.generated())
        .addEnumConstant("MISSING", constant("No body where the handler requires one."))
        .addEnumConstant("NOT_JSON", constant("The body is not JSON."))
        .addEnumConstant(
            "LIMITS",
            constant(
                "The body is past a limit of the JSON reader: the length of a number, name or"
                    + " string, or the\ndepth of nesting."))
        .addEnumConstant("UNKNOWN_FIELD", constant("A field the type does not have."))
        .addEnumConstant(
            "MISMATCH",
            constant("A value that does not fit its field, or a body of the wrong shape."))
        .addEnumConstant(
            "SERVER_FAULT", constant("The type cannot be read as JSON at all: the server's fault."))
        .addEnumConstant("OTHER", constant("Anything else the converter failed on."))
        .build();
  }

  private static TypeSpec constant(String javadoc) {
    return TypeSpec.anonymousClassBuilder("").addJavadoc("$L\n", javadoc).build();
  }

  /**
   * {@code kindOf(cause)}. Jackson's exceptions are asked for in order, each before its superclass:
   * an unknown field and an unusable type are mapping failures, which are read failures.
   */
  private static MethodSpec kindOf(ClassName failure, JsonReadFailures jackson) {
    Map<ClassName, String> kinds = new LinkedHashMap<>();
    kinds.put(jackson.invalidDefinition(), "SERVER_FAULT");
    kinds.put(jackson.unrecognizedProperty(), "UNKNOWN_FIELD");
    kinds.put(jackson.mapping(), "MISMATCH");
    kinds.put(jackson.streamRead(), "NOT_JSON");
    MethodSpec.Builder kindOf =
        MethodSpec.methodBuilder("kindOf")
            .addModifiers(Modifier.STATIC)
            .returns(failure)
            .addJavadoc(
                """
What kind of failure {@code cause}, the cause of Spring's {@code HttpMessageNotReadableException},
is.
""")
            .addParameter(Throwable.class, "cause")
            .beginControlFlow("if (cause == null)")
            .addStatement("return $T.MISSING", failure)
            .endControlFlow()
            .beginControlFlow(
                "if (cause instanceof $T || cause.getCause() instanceof $T)",
                jackson.limits(),
                jackson.limits())
            .addStatement("return $T.LIMITS", failure)
            .endControlFlow();
    kinds.forEach(
        (type, kind) ->
            kindOf
                .beginControlFlow("if (cause instanceof $T)", type)
                .addStatement("return $T.$L", failure, kind)
                .endControlFlow());
    return kindOf.addStatement("return $T.OTHER", failure).build();
  }

  static TypeSpec jsonFailures(SpringNames names, JsonLibrary json) {
    JsonReadFailures jackson = JsonReadFailures.of(json);
    ClassName failure = names.bodyFailure();
    return Members.finalClass(names.jsonFailures())
        .addJavadoc(
            """
What went wrong when $L read a request body, in the words every style answers with: the
one file of the Spring glue that names the JSON library, rendered for the Jackson the build has.
""",
            json == JsonLibrary.JACKSON_3 ? "Jackson 3" : "Jackson 2")
        .addMethod(Members.privateConstructor())
        .addMethod(kindOf(failure, jackson))
        .addMethod(
            MethodSpec.methodBuilder("pathOf")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addJavadoc(
                    """
The path in the request body where reading failed, such as {@code items[2].name}, or {@code null}.
""")
                .addParameter(Throwable.class, "cause")
                .beginControlFlow("if (!(cause instanceof $T failure))", jackson.withPath())
                .addStatement("return null")
                .endControlFlow()
                .addCode(jackson.pathOf("failure", RuntimeTypes.ERROR_BOUNDS))
                .build())
        .build();
  }
}
