package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;

/** How the paging checks of every binding find a number that {@link PageQueryNumbers} refused. */
public final class PageQueryChecks {

  private PageQueryChecks() {}

  /** {@code problem} when the number {@code variable} was not given as it must be. */
  public static CodeBlock ifInvalid(String variable, CodeBlock problem) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N == $T.INVALID)", variable, RuntimeTypes.PAGE_QUERY)
        .addStatement(problem)
        .endControlFlow()
        .build();
  }
}
