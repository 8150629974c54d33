package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * How every binding's {@code BareResponses} answers an error the framework raised: the document's
 * code for its status, with that code's status, as {@code int status} and {@code String code}.
 */
public final class BareFrameworkErrors {

  private BareFrameworkErrors() {}

  /** Declares {@code status} and {@code code} from {@code raised}, the framework's status. */
  public static CodeBlock statusAndCode(CodeBlock raised) {
    return CodeBlock.builder()
        .addStatement("int status")
        .addStatement("$T code", String.class)
        .beginControlFlow("if ($L >= 500)", raised)
        .addStatement("status = 500")
        .addStatement("code = $S", "INTERNAL_ERROR")
        .nextControlFlow("else if ($L == 401 || $L == 403)", raised, raised)
        .addStatement("status = 401")
        .addStatement("code = $S", "UNAUTHORIZED")
        .nextControlFlow("else if ($L == 404)", raised)
        .addStatement("status = 404")
        .addStatement("code = $S", "NOT_FOUND")
        .nextControlFlow("else")
        .addStatement("status = 400")
        .addStatement("code = $S", "VALIDATION_ERROR")
        .endControlFlow()
        .build();
  }
}
