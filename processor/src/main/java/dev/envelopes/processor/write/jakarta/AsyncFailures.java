package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.lang.model.element.Modifier;

/**
 * The part of the exception mapper that answers a failed {@code CompletionStage} as the exception
 * it failed with: Jakarta REST hands the mapper what the stage completed with, which is that
 * exception wrapped in a {@link CompletionException} when the stage was built with {@code
 * supplyAsync}, {@code thenApply} and the like.
 */
final class AsyncFailures {

  /** The mapper's method that unwraps. */
  private static final String UNWRAPPED = "unwrapped";

  /** Wrappers unwrapped at most: far more than any stage builds, and an end to causes that loop. */
  private static final int MAX_WRAPPERS = 16;

  private AsyncFailures() {}

  /** The exception {@code toResponse} answers: the one it was given, unwrapped. */
  static CodeBlock cause() {
    return CodeBlock.of("$N(exception)", UNWRAPPED);
  }

  /** The mapper's method that finds the failure inside the wrappers of a stage or a future. */
  static MethodSpec unwrapped() {
    return MethodSpec.methodBuilder(UNWRAPPED)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Throwable.class)
        .addJavadoc(
            "The exception a resource method's {@code CompletionStage} failed with, answered as if the"
                + " method had\nthrown it: the cause of the {@link $T} or {@link $T} that"
                + " carries it.\n",
            CompletionException.class,
            ExecutionException.class)
        .addParameter(Throwable.class, "exception")
        .addStatement("$T failure = exception", Throwable.class)
        .beginControlFlow(
            "for (int wrappers = 0; wrappers < $L && (failure instanceof $T || failure instanceof"
                + " $T) && failure.getCause() != null; wrappers++)",
            MAX_WRAPPERS,
            CompletionException.class,
            ExecutionException.class)
        .addStatement("failure = failure.getCause()")
        .endControlFlow()
        .addStatement("return failure")
        .build();
  }
}
