package dev.envelopes.bench.spring.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an exception answers on the hand-written side, read by {@link ApiErrorAdvice} by reflection
 * when it is thrown: graceful-response's {@code @ExceptionMapper}. (Envelopes' {@code @ApiError} is
 * read at compile time and is not kept in the class file for reflection.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExceptionMapper {

  int status();

  int code();

  String message();
}
