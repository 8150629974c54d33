package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The parts of {@code MetaResponses} every binding renders alike: how the problems of an error
 * become its envelope, within their bounds; the error about no single field; what a framework's
 * error says; and the message of one of the API's own exceptions.
 */
public final class MetaErrorBodies {

  private MetaErrorBodies() {}

  /** {@code INTERNAL_ERROR_DETAIL}, what a 500 says in {@code detailed}. */
  public static FieldSpec internalErrorDetail() {
    return FieldSpec.builder(
            String.class,
            "INTERNAL_ERROR_DETAIL",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("What a 500 says, whatever its cause: the cause goes to the log.\n")
        .initializer("$S", MetaConvention.INTERNAL_ERROR_DETAIL)
        .build();
  }

  /** {@code List<MetaFieldError>}: the problems of a meta error, each about a field or none. */
  public static TypeName fieldErrors(GeneratedNames names) {
    return ParameterizedTypeName.get(ClassName.get(List.class), names.fieldError());
  }

  /**
   * Declares {@code envelope}, the error envelope of {@code status} for {@code problems}: on a 400
   * the problems as they are, on other statuses as sentences.
   */
  public static CodeBlock envelope(GeneratedNames names) {
    return CodeBlock.builder()
        .addStatement("$T envelope", Object.class)
        .addStatement("$T listed = bounded(problems)", fieldErrors(names))
        .beginControlFlow("if (status.statusCode() == 400)")
        .addStatement("envelope = $T.of(status, listed)", names.badRequestEnvelope())
        .nextControlFlow("else")
        .addStatement(
            "$T sentences = new $T<>()",
            ParameterizedTypeName.get(List.class, String.class),
            ArrayList.class)
        .beginControlFlow("for ($T problem : listed)", names.fieldError())
        .addStatement(
            "sentences.add(problem.field() == null ? problem.message() : problem.field() + $S +"
                + " problem.message())",
            ": ")
        .endControlFlow()
        .addStatement("envelope = $T.of(status, sentences)", names.errorEnvelope())
        .endControlFlow()
        .build();
  }

  /** {@code bounded(problems)}: the problems an answer lists, within {@code ErrorBounds}. */
  public static MethodSpec bounded(GeneratedNames names) {
    return BoundedErrors.method(
        """
The problems as an answer lists them: at most a few, then one that counts the rest, each name and
message cut to its bound, so that no request makes a large answer.
""",
        names.fieldError(),
        "problems",
        "problem",
        CodeBlock.of("new $T(null, $T.more(more))", names.fieldError(), RuntimeTypes.ERROR_BOUNDS),
        CodeBlock.builder()
            .addStatement(
                "listed.add(problem.field() == null ? new $T(null, $T.message(problem.message()))"
                    + "$W: new $T($T.name(problem.field()), $T.fieldMessage(problem.message())))",
                names.fieldError(),
                RuntimeTypes.ERROR_BOUNDS,
                names.fieldError(),
                RuntimeTypes.ERROR_BOUNDS,
                RuntimeTypes.ERROR_BOUNDS)
            .build());
  }

  /**
   * {@code error(status, detail)}: an answer of type {@code answer} whose one problem, about no
   * single field, says {@code detail}.
   */
  public static MethodSpec detailError(GeneratedNames names, TypeName answer) {
    return Members.publicStatic("error", answer)
        .addJavadoc(
            """
An error response with {@code status} whose {@code detailed} says {@code detail}, about no single
field.
""")
        .addParameter(names.status(), "status")
        .addParameter(String.class, "detail")
        .addStatement(
            "return error(status, $T.of(new $T(null, detail)))", List.class, names.fieldError())
        .build();
  }

  /** {@code frameworkDetail(status)}: what {@code detailed} says about a framework's error. */
  public static MethodSpec frameworkDetail(ClassName status) {
    return frameworkSentence(
        "frameworkDetail",
        CodeBlock.of("What {@code detailed} says about an error of the framework's.\n"),
        status,
        "status.statusCode()",
        CodeBlock.of("status.statusMessage() + $S", "."));
  }

  /**
   * The helper {@code name(status)}, described by {@code javadoc}: the meta envelope's fixed
   * sentence for each status of the framework's errors that {@code code}, an expression of the
   * parameter of type {@code status}, gives, else {@code otherwise}.
   */
  static MethodSpec frameworkSentence(
      String name, CodeBlock javadoc, TypeName status, String code, CodeBlock otherwise) {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($L) {\n", code).indent();
    for (Map.Entry<Integer, String> detail : MetaConvention.FRAMEWORK_ERROR_DETAILS.entrySet()) {
      cases.add("case $L -> $S;\n", detail.getKey(), detail.getValue());
    }
    cases.add("default -> $L;\n", otherwise).unindent().add("};\n");
    return Members.privateStatic(name, TypeName.get(String.class), "$L", javadoc)
        .addParameter(status, "status")
        .addCode(cases.build())
        .build();
  }

  /**
   * {@code messageOf(exception, status)}: the exception's message, or the message of {@code
   * status}.
   */
  public static MethodSpec messageOf(ClassName status) {
    return messageOf(
        status,
        "status",
        "status.message()",
        "the message of {@code status}\nwhen it has none, or when reading it fails.\n");
  }

  /**
   * {@code messageOf(exception, <parameter>)}: the exception's message, cleaned and bounded, or
   * {@code fallback}, an expression of the parameter, when it has none or reading it fails; {@code
   * otherwise} ends the javadoc's sentence that says so.
   */
  public static MethodSpec messageOf(
      TypeName type, String parameter, String fallback, String otherwise) {
    return Members.publicStatic(
            "messageOf",
            TypeName.get(String.class),
            "The message of one of the API's own exceptions, written for clients; $L",
            otherwise)
        .addParameter(Throwable.class, "exception")
        .addParameter(type, parameter)
        .addStatement("$T message", String.class)
        .beginControlFlow("try")
        .addStatement("message = exception.getMessage()")
        .nextControlFlow("catch ($T unreadable)", RuntimeException.class)
        .addStatement("message = null")
        .endControlFlow()
        .addStatement(
            "return message == null || message.isBlank() ? $L : $T.message(message)",
            fallback,
            RuntimeTypes.ERROR_BOUNDS)
        .build();
  }
}
