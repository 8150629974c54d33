package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the handler methods paged by signed cursor (the bare and vendor styles) share on Spring MVC:
 * the application's {@code CursorKey}, read from Spring's {@code Environment} when the application
 * starts (as {@code envelopes.links.*} are), handed to each method's endpoint; and the reading of
 * the request's path and query parameters the cursor is signed for.
 */
final class SpringCursorKeys {

  /** The application's properties by name: {@code Function<String, Object>}. */
  static final TypeName PROPERTIES =
      ParameterizedTypeName.get(
          ClassName.get(Function.class), ClassName.get(String.class), ClassName.OBJECT);

  private static final TypeName PARAMETERS =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          ParameterizedTypeName.get(List.class, String.class));

  private SpringCursorKeys() {}

  /** The {@code properties} parameter the keys are read from. */
  static ParameterSpec properties() {
    return ParameterSpec.builder(PROPERTIES, "properties").build();
  }

  /**
   * {@code properties}, the application's properties, from {@code environment}: as it holds them,
   * so that a test can set the cursors' clock as an object.
   */
  static CodeBlock fromEnvironment(String environment) {
    return CodeBlock.of("name -> $N.getProperty(name, $T.class)", environment, Object.class);
  }

  /** Warns once, at startup, when the application configured no key. */
  static CodeBlock warnIfMissing() {
    return CodeBlock.of(
        "$T.warnIfMissing(properties.apply($T.PROPERTY))",
        RuntimeTypes.CURSOR_KEY,
        RuntimeTypes.CURSOR_KEY);
  }

  /** {@code cursor = the request's cursor}: the first page when absent, {@code null} if refused. */
  static CodeBlock readCursor() {
    return CodeBlock.of(
        "$T cursor = $T.cursor(cursorKey, pathParameters(request), query)",
        RuntimeTypes.CURSOR,
        RuntimeTypes.PAGE_QUERY);
  }

  /** {@code query = the request's query parameters}. */
  static CodeBlock readQuery() {
    return CodeBlock.of("$T query = queryParameters(request)", PARAMETERS);
  }

  /**
   * The cursor of the page after the checked {@code page}, which holds {@code size} of {@code
   * total} records, signed for the request's parameters; {@code null} after the last page. {@code
   * start} is the component of the page that says where it starts.
   */
  static CodeBlock nextCursor(String start) {
    return CodeBlock.of(
        "cursorKey.sealNext(page.$N(), size, total, pathParameters(request),"
            + " queryParameters(request))",
        start);
  }

  /** The helpers of the paging class that read the parameters a cursor is signed for. */
  static List<MethodSpec> parameterReaders() {
    return List.of(
        pathParameters(),
        Members.privateStatic("queryParameters")
            .returns(PARAMETERS)
            .addJavadoc("The request's query parameters, decoded, each with its values in order.\n")
            .addParameter(SpringTypes.REQUEST, "request")
            .addStatement("$T parameters = new $T<>()", PARAMETERS, HashMap.class)
            .addStatement(
                "request.getParameterMap().forEach((name, values) -> parameters.put(name,"
                    + " $T.of(values)))",
                List.class)
            .addStatement("return parameters")
            .build());
  }

  /**
   * {@code pathParameters(request)}: the path variables a cursor is signed for, for every paging
   * class that reads them (their order does not matter: the signature sorts them).
   */
  static MethodSpec pathParameters() {
    return Members.privateStatic("pathParameters")
        .returns(PARAMETERS)
        .addJavadoc(
            """
            The request's path parameters, decoded, as Spring matched them for the handler method.
            """)
        .addParameter(SpringTypes.REQUEST, "request")
        .addStatement("$T parameters = new $T<>()", PARAMETERS, HashMap.class)
        .beginControlFlow(
            "if (request.getAttribute($T.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof"
                + " $T<?, ?> variables)",
            SpringTypes.HANDLER_MAPPING,
            Map.class)
        .addStatement(
            "variables.forEach((name, value) ->$Wparameters.put($T.valueOf(name),"
                + " $T.of($T.valueOf(value))))",
            String.class,
            List.class,
            String.class)
        .endControlFlow()
        .addStatement("return parameters")
        .build();
  }
}
