package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.ExceptionPlan;
import java.util.List;

/** Renders the exception mapper's javadoc: each link of the chain, in order, and its answer. */
final class ExceptionMapperJavadoc {

  private ExceptionMapperJavadoc() {}

  static CodeBlock of(ExceptionPlan plan, List<ErrorAnswers> answers) {
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(
                """
Answers every exception in $L, testing the classes below in order, most specific
first. An exception that none of them declares is logged in full and answered with a 500 that
says nothing about it.

<ul>
""",
                plan.mixed()
                    ? "the style of the resource method that failed"
                    : plan.conventions().get(0).phrase());
    for (ErrorLink link : plan.chain()) {
      javadoc.add("  <li>{@link $T}: $L\n", link.type(), describe(link, answers));
    }
    return javadoc.add("</ul>\n").build();
  }

  private static String describe(ErrorLink link, List<ErrorAnswers> answers) {
    if (link.isLibrary()) {
      return switch (link.kind()) {
        case FRAMEWORK -> "the framework's own status, such as 404 for an unknown path";
        case CONSTRAINT_VIOLATION ->
            link.declaration().map(d -> d.status() + ", ").orElse("400, ")
                + "each invalid field with its messages";
        case JSON_PARSE -> "400, the body is not JSON";
        case JSON_LIMITS -> "400, the body is past a limit of the JSON reader";
        case JSON_MAPPING ->
            "400 naming the field that does not fit, or 500 when the server is at fault";
      };
    }
    ErrorDeclaration declaration = link.declared();
    String code = declaration.hasOwnCode() ? ", code " + declaration.code() : "";
    String detail =
        !declaration.detail().isEmpty()
            ? "a fixed detail"
            : declaration.source() == ErrorDeclaration.Source.API_ERROR
                ? "its message"
                : "the code's message";
    StringBuilder line = new StringBuilder(declaration.status() + code + ", " + detail);
    answers.forEach(convention -> line.append(convention.describe(declaration)));
    return line.toString();
  }
}
