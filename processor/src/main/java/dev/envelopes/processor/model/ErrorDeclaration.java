package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.function.IntFunction;

/**
 * What one exception class means to clients, declared by {@code @ApiError} on the class or by
 * {@code @MapException} on the API type.
 *
 * @param exception the exception class
 * @param throwable whether the class is a {@link Throwable} at all
 * @param reach from where generated code may name the class
 * @param depth how many superclasses the class has, so that subclasses can be tested first
 * @param source which annotation declared it
 * @param status the HTTP status of the answer
 * @param code the API code for this exception alone, or {@code -1} for the status's code
 * @param message the text of {@code code}, empty when {@code code} is {@code -1}
 * @param detail the fixed text for {@code detailed}, or empty
 * @param errorCode the {@code errorCode} in the bare style, or empty for the status's
 * @param origin the declaring annotation
 */
public record ErrorDeclaration(
    ClassName exception,
    boolean throwable,
    Reach reach,
    int depth,
    Source source,
    int status,
    int code,
    String message,
    String detail,
    String errorCode,
    Origin origin) {

  /** The code for the status, rather than one of the exception's own. */
  public static final int STATUS_CODE = -1;

  /** Which annotation declared the meaning. */
  public enum Source {
    /** {@code @ApiError} on the user's own exception class: its message is written for clients. */
    API_ERROR,
    /** {@code @MapException} for a class the user cannot annotate: its message is never shown. */
    MAP_EXCEPTION
  }

  /**
   * The {@code errorCode} it gives, else the one {@code codeOfStatus} gives its status: how the
   * styles with codes of words name a declared exception.
   */
  public String errorCodeOr(IntFunction<String> codeOfStatus) {
    return errorCode.isEmpty() ? codeOfStatus.apply(status) : errorCode;
  }

  /** Whether this declaration gives the exception a code of its own. */
  public boolean hasOwnCode() {
    return code != STATUS_CODE;
  }
}
