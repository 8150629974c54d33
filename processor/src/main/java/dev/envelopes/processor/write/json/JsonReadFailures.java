package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.model.JsonLibrary;

/**
 * The names of what Jackson throws when it cannot read a request body, in the Jackson the API is
 * written for: the code that tells why a body was refused, and where, names them. Read from the
 * jars (jackson-databind 2.22 and 3.1).
 *
 * @param streamRead the body is not JSON: {@code StreamReadException}
 * @param streamConstraints the body is past a limit of the reader: {@code
 *     StreamConstraintsException}
 * @param mapping the JSON does not fit the type: {@code JsonMappingException}, then {@code
 *     DatabindException}
 * @param invalidDefinition the type cannot be read at all, the server's fault
 * @param unrecognizedProperty a field the type does not have
 * @param withPath what has {@code getPath()}, the path into the body where reading failed
 * @param reference the {@code Reference} of one step of that path
 * @param referenceName the method of a reference that gives a property's name
 */
public record JsonReadFailures(
    ClassName streamRead,
    ClassName streamConstraints,
    ClassName mapping,
    ClassName invalidDefinition,
    ClassName unrecognizedProperty,
    ClassName withPath,
    ClassName reference,
    String referenceName) {

  /** Those of {@code library}. */
  public static JsonReadFailures of(JsonLibrary library) {
    JacksonApi api = JacksonApi.of(library);
    String core = api.jsonGenerator.packageName();
    String databind = api.provider.packageName();
    // Jackson 3 put the path on every JacksonException; Jackson 2 has it on mapping failures only.
    ClassName withPath =
        switch (library) {
          case JACKSON_2 -> api.mappingException;
          case JACKSON_3 -> ClassName.get(core, "JacksonException");
        };
    return new JsonReadFailures(
        ClassName.get(core + ".exc", "StreamReadException"),
        ClassName.get(core + ".exc", "StreamConstraintsException"),
        api.mappingException,
        ClassName.get(databind + ".exc", "InvalidDefinitionException"),
        ClassName.get(databind + ".exc", "UnrecognizedPropertyException"),
        withPath,
        withPath.nestedClass("Reference"),
        switch (library) {
          case JACKSON_2 -> "getFieldName";
          case JACKSON_3 -> "getPropertyName";
        });
  }

  /**
   * Statements that return the path in the request body where {@code failure}, a variable of
   * {@link #withPath}, failed, such as {@code items[2].name}, bounded, or {@code null}.
   */
  public CodeBlock pathOf(String failure, ClassName errorBounds) {
    return pathOf(failure, reference, referenceName, errorBounds);
  }

  /**
   * As {@link #pathOf(String, ClassName)}, for a failure whose path steps are {@code reference}s
   * that name a property with {@code referenceName}.
   */
  public static CodeBlock pathOf(
      String failure, ClassName reference, String referenceName, ClassName errorBounds) {
    return CodeBlock.builder()
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for ($T reference : $L.getPath())", reference, failure)
        .beginControlFlow("if (reference.$L() != null)", referenceName)
        .addStatement(
            "path.append(path.length() == 0 ? $S : $S).append(reference.$L())",
            "",
            ".",
            referenceName)
        .nextControlFlow("else if (reference.getIndex() >= 0)")
        .addStatement("path.append('[').append(reference.getIndex()).append(']')")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return path.length() == 0 ? null : $T.name(path.toString())", errorBounds)
        .build();
  }
}
