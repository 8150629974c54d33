package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an exception class of yours means to clients: thrown by an enveloped resource (or
 * by anything it calls), it is answered with {@link #status()} in the error envelope.
 *
 * <pre>{@code
 * @ApiError(status = 404)
 * public class ProjectNotFound extends RuntimeException {
 *   public ProjectNotFound(long id) { super("Project " + id + " does not exist"); }
 * }
 * }</pre>
 *
 * <p>The response's {@code code} and {@code message} come from the API's {@link ResponseCode} for
 * the status, unless this declaration gives a {@link #code()} and {@link #message()} of its own.
 * Because the class is yours, its {@link Throwable#getMessage()} is shown to clients in {@code
 * detailed} (write it for them); set {@link #detail()} to show a fixed text instead. Subclasses
 * inherit the declaration unless they carry their own.
 *
 * <p>For exceptions you cannot annotate, such as {@link IllegalArgumentException}, use {@link
 * MapException} on the {@link EnvelopeApi} type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiError {

  /** The HTTP status of the answer, from 400 to 599. */
  int status();

  /**
   * An API code for this exception alone, instead of the status's code; give {@link #message()}
   * with it. {@code -1}, the default, means the status's code.
   */
  int code() default -1;

  /** The text of {@link #code()}; given exactly when {@link #code()} is. */
  String message() default "";

  /**
   * A fixed text for {@code detailed}, shown instead of the exception's own message. Empty, the
   * default, means the exception's message.
   */
  String detail() default "";

  /**
   * The error code of the answer in the styles that have string codes: one word of letters, digits
   * and underscores, such as {@code "ATTACHMENT_NOT_FOUND"}. The meta envelope ignores it.
   *
   * <p>In {@link Style#BARE}, empty (the default) means the style's code for {@link #status()}:
   * {@code VALIDATION_ERROR} for 400, {@code UNAUTHORIZED} for 401 and 403, {@code NOT_FOUND} for
   * 404, {@code PRECONDITION_FAILED} for 412, {@code FILE_TOO_LARGE} for 413, {@code
   * INVALID_FILE_TYPE} for 415, {@code BUSINESS_RULE_VIOLATION} for any other 4xx and {@code
   * INTERNAL_ERROR} for 5xx. The bare style answers each of its document's codes with the
   * document's status (400, 401, 404 or 500), so a 403 answers 401 and a 409 answers 400 there; a
   * code of your own keeps {@link #status()}.
   *
   * <p>In {@link Style#STATUS}, it is the optional {@code code} of the answer, left out when empty.
   */
  String errorCode() default "";
}
