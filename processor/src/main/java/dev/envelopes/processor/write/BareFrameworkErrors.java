package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.convention.BareConvention;

/**
 * How every binding's {@code BareResponses} answers an error the framework raised: the document's
 * code for its status, with that code's status, as {@code int status} and {@code String code};
 * {@link BareConvention#frameworkAnswerOf} decides them, this renders its branches.
 */
public final class BareFrameworkErrors {

  private BareFrameworkErrors() {}

  /** Declares {@code status} and {@code code} from {@code raised}, the framework's status. */
  public static CodeBlock statusAndCode(CodeBlock raised) {
    BareConvention.FrameworkAnswer server = BareConvention.frameworkAnswerOf(500);
    BareConvention.FrameworkAnswer credentials = BareConvention.frameworkAnswerOf(401);
    BareConvention.FrameworkAnswer notFound = BareConvention.frameworkAnswerOf(404);
    BareConvention.FrameworkAnswer other = BareConvention.frameworkAnswerOf(400);
    return CodeBlock.builder()
        .addStatement("int status")
        .addStatement("$T code", String.class)
        .beginControlFlow("if ($L >= 500)", raised)
        .addStatement("status = $L", server.status())
        .addStatement("code = $S", server.code())
        .nextControlFlow("else if ($L == 401 || $L == 403)", raised, raised)
        .addStatement("status = $L", credentials.status())
        .addStatement("code = $S", credentials.code())
        .nextControlFlow("else if ($L == 404)", raised)
        .addStatement("status = $L", notFound.status())
        .addStatement("code = $S", notFound.code())
        .nextControlFlow("else")
        .addStatement("status = $L", other.status())
        .addStatement("code = $S", other.code())
        .endControlFlow()
        .build();
  }
}
