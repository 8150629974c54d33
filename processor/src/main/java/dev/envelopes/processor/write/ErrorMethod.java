package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.json.VendorErrorRecordsWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code error} method of a style's builder of answers, which the generated code of either
 * binding calls the same way: its javadoc and its parameters. The binding writes its body, with its
 * framework's response type.
 *
 * @param javadoc what the method answers
 * @param parameters its parameters, in order
 */
public record ErrorMethod(CodeBlock javadoc, List<ParameterSpec> parameters) {

  /** The meta envelope's: a {@code Status} and its problems. */
  public static ErrorMethod meta(GeneratedNames names) {
    return new ErrorMethod(
        CodeBlock.of(
            """
An error response with {@code status}. On a 400, {@code detailed} lists the problems as they are,
each naming its field; on other statuses, as sentences.
"""),
        List.of(
            parameter(names.status(), "status"),
            parameter(MetaErrorBodies.fieldErrors(names), "problems")));
  }

  /** The bare style's: a status, a code and a message. */
  public static ErrorMethod bare() {
    return new ErrorMethod(
        CodeBlock.of("An error response with {@code status}, {@code code} and {@code message}.\n"),
        statusAnd("code", "message"));
  }

  /** The status envelope's {@code error} body, whose code may be left out. */
  public static ErrorMethod status() {
    return new ErrorMethod(
        CodeBlock.of(
            """
            An {@code error} answer with {@code status}; {@code code} is left out when {@code null}.
            """),
        statusAnd("message", "code"));
  }

  /** The vendor style's: a status and its errors, with the request id filled in. */
  public static ErrorMethod vendor(GeneratedNames names) {
    return new ErrorMethod(
        CodeBlock.of(
            """
An error response with {@code status} and {@code errors}; {@link $T} fills in the request id.
""",
            names.vendorRequestIds()),
        List.of(
            parameter(TypeName.INT, "status"),
            parameter(VendorErrorRecordsWriter.details(names), "errors")));
  }

  /** The public method, which returns the framework's {@code answer}, without its body. */
  public MethodSpec.Builder head(TypeName answer) {
    return Members.publicStatic("error", answer).addJavadoc(javadoc).addParameters(parameters);
  }

  /** Its parameters' names, as the code that passes them on writes them. */
  public String arguments() {
    return String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
  }

  private static ParameterSpec parameter(TypeName type, String name) {
    return ParameterSpec.builder(type, name).build();
  }

  /** {@code int status} and a {@code String} for each of {@code names}. */
  private static List<ParameterSpec> statusAnd(String... names) {
    List<ParameterSpec> parameters = new ArrayList<>();
    parameters.add(parameter(TypeName.INT, "status"));
    for (String name : names) {
      parameters.add(parameter(ClassName.get(String.class), name));
    }
    return List.copyOf(parameters);
  }
}
