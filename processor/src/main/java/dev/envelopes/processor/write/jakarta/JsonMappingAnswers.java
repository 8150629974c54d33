package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.json.JsonReadFailures;
import javax.lang.model.element.Modifier;

/**
 * Renders what every convention's answer to JSON that does not fit shares: which failures are the
 * server's, and the path in the request body where reading failed.
 */
final class JsonMappingAnswers {

  private JsonMappingAnswers() {}

  /**
   * {@code readerFailureOf}: the JSON library's failure to read a request body when a runtime hands
   * it to the mappers inside a 400 of its own, as Quarkus does for JSON that does not parse; else
   * the exception itself. The chain then answers it as it answers the failure thrown alone.
   */
  static MethodSpec readerFailureOf() {
    return MethodSpec.methodBuilder("readerFailureOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Throwable.class)
        .addParameter(Throwable.class, "exception")
        .addJavadoc(
            """
The JSON library's failure to read the request body, when the runtime wrapped it in a 400 of its
own; else {@code exception}.
""")
        .beginControlFlow(
            "if (exception instanceof $T failure && failure.getResponse().getStatus() == 400"
                + " && failure.getCause() instanceof $T cause)",
            LibraryTypes.WEB_APPLICATION_EXCEPTION,
            LibraryTypes.JSON_PROCESSING)
        .addStatement("return cause")
        .endControlFlow()
        .addStatement("return exception")
        .build();
  }

  /**
   * Completes a method that answers a {@code JsonMappingException}: {@code internalError} when the
   * server is at fault, {@code shapeError} when no field can be named, else {@code fieldError} with
   * {@code field} and {@code problem} in scope.
   */
  static MethodSpec method(
      MethodSpec.Builder method,
      ClassName exception,
      String internalError,
      CodeBlock shapeError,
      CodeBlock fieldError) {
    return method
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addParameter(exception, "exception")
        .beginControlFlow(
            "if (exception instanceof $T || !(exception.getProcessor() instanceof $T))",
            LibraryTypes.INVALID_DEFINITION,
            LibraryTypes.JSON_PARSER)
        .addStatement("return $L(exception)", internalError)
        .endControlFlow()
        .addStatement("$T field = jsonPathOf(exception)", String.class)
        .beginControlFlow("if (field == null)")
        .addStatement("return $L", shapeError)
        .endControlFlow()
        .addStatement(
            "$T problem = exception instanceof $T ? $S : $S",
            String.class,
            LibraryTypes.UNRECOGNIZED_PROPERTY,
            "is not a known field",
            "does not have the expected type or format")
        .addStatement("return $L", fieldError)
        .build();
  }

  static MethodSpec jsonPathOf(ClassName exception) {
    return MethodSpec.methodBuilder("jsonPathOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc(
            """
The path in the request body where reading failed, such as {@code items[2].name}, or {@code null}.
""")
        .addParameter(exception, "exception")
        .addCode(
            JsonReadFailures.pathOf(
                "exception",
                exception.nestedClass("Reference"),
                "getFieldName",
                RuntimeTypes.ERROR_BOUNDS))
        .build();
  }
}
