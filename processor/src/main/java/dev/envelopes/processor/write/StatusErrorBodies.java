package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.PagingProblems;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.json.StatusSupportRecords;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of {@code StatusResponses} and {@code StatusPaging} every binding renders alike: the
 * attributes a failure lists, within their bounds, the failures, the answer to a declared
 * exception, and the error of a paging parameter.
 */
public final class StatusErrorBodies {

  private StatusErrorBodies() {}

  /** {@code bounded(errors)}: the attributes a failure lists, within {@code ErrorBounds}. */
  public static MethodSpec bounded(GeneratedNames names) {
    ClassName attribute = names.statusAttributeErrors();
    return BoundedErrors.method(
        """
The attributes as a failure lists them: at most a few, then one that counts the rest, each with at
most a few messages, each name and message cut to its bound, so that no request makes a large
answer.
""",
        attribute,
        "errors",
        "error",
        CodeBlock.of(
            "new $T(null, $T.of($T.more(more)))", attribute, List.class, RuntimeTypes.ERROR_BOUNDS),
        CodeBlock.builder()
            .addStatement(
                "$T messages = new $T<>()",
                ParameterizedTypeName.get(List.class, String.class),
                ArrayList.class)
            .beginControlFlow(
                "for ($T message : $T.listed(error.messages(), $T::more))",
                String.class,
                RuntimeTypes.ERROR_BOUNDS,
                RuntimeTypes.ERROR_BOUNDS)
            .addStatement("messages.add($T.fieldMessage(message))", RuntimeTypes.ERROR_BOUNDS)
            .endControlFlow()
            .addStatement(
                "listed.add(new $T($T.name(error.attributeName()), $T.copyOf(messages)))",
                attribute,
                RuntimeTypes.ERROR_BOUNDS,
                List.class)
            .build());
  }

  /** {@code failure(attribute, message)}, which returns the binding's {@code answer} type. */
  public static MethodSpec oneAttributeFailure(GeneratedNames names, TypeName answer) {
    return Members.publicStatic(
            "failure", answer, "A {@code failure} answer about one attribute.\n")
        .addParameter(String.class, "attribute")
        .addParameter(String.class, "message")
        .addStatement(
            "return failure($S, $T.of(new $T(attribute, $T.of(message))), null)",
            StatusConvention.FAILURE_MESSAGE,
            List.class,
            names.statusAttributeErrors(),
            List.class)
        .build();
  }

  /**
   * Adds to {@code errors} the error of paging parameter {@code parameter}, not given once as a
   * whole number from 1 to the value of {@code largest}.
   */
  public static CodeBlock pagingError(GeneratedNames names, String parameter, String largest) {
    return CodeBlock.of(
        "errors.add(new $T($S, $T.of($S + $N)))",
        names.statusAttributeErrors(),
        parameter,
        List.class,
        PagingProblems.FROM_ONE,
        largest);
  }

  /**
   * The answer to an exception the API declares with {@code declaration}, through {@code
   * responses}: a failure when it is a 422, else an error; its code only where it declares one.
   */
  public static CodeBlock declared(ErrorDeclaration declaration, ClassName responses) {
    CodeBlock code =
        declaration.errorCode().isEmpty()
            ? CodeBlock.of("null")
            : JavaStrings.of(declaration.errorCode());
    CodeBlock message = ErrorMessages.declaredMessage(declaration, responses);
    return isFailure(declaration)
        ? CodeBlock.of("$T.failure($L,$W$T.of(), $L)", responses, message, List.class, code)
        : CodeBlock.of("$T.error($L, $L,$W$L)", responses, declaration.status(), message, code);
  }

  /** Whether the status envelope answers {@code declaration} with a failure. */
  public static boolean isFailure(ErrorDeclaration declaration) {
    return declaration.status() == StatusConvention.FAILURE_STATUS;
  }

  /**
   * {@code failure(message, errors, code)}, which returns the binding's {@code answer} type, up to
   * {@code listed}, the bounded attributes: the binding returns its 422 of them.
   */
  public static MethodSpec.Builder failure(GeneratedNames names, TypeName answer) {
    TypeName attributes = StatusSupportRecords.attributeList(names);
    return Members.publicStatic(
            "failure",
            answer,
            """
            A {@code failure} answer, 422, listing the attributes at fault in both {@code data} and
            {@code errors}; {@code code} is left out when {@code null}.
            """)
        .addParameter(String.class, "message")
        .addParameter(attributes, "errors")
        .addParameter(String.class, "code")
        .addStatement("$T listed = bounded(errors)", attributes);
  }
}
