package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an exception class you cannot annotate means to clients, such as {@link
 * IllegalArgumentException} or Jakarta Validation's {@code ConstraintViolationException}. Declared
 * on the {@link EnvelopeApi} type, once per exception class.
 *
 * <pre>{@code
 * @EnvelopeApi
 * @MapException(value = IllegalArgumentException.class, status = 400, detail = "The request is not valid.")
 * public class SampleApplication extends Application { ... }
 * }</pre>
 *
 * <p>Unlike {@link ApiError}, the exception's own message is never shown: it was not written for
 * your clients and may hold internals. {@code detailed} shows {@link #detail()}, or the code's
 * message when no detail is given. The one exception is a {@code ConstraintViolationException}
 * answered with 400, whose {@code detailed} lists each invalid field with its message.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(MapExceptions.class)
public @interface MapException {

  /** The exception class; its subclasses are answered the same unless declared themselves. */
  Class<? extends Throwable> value();

  /** The HTTP status of the answer, from 400 to 599. */
  int status();

  /**
   * An API code for this exception alone, instead of the status's code; give {@link #message()}
   * with it. {@code -1}, the default, means the status's code.
   */
  int code() default -1;

  /** The text of {@link #code()}; given exactly when {@link #code()} is. */
  String message() default "";

  /** A fixed text for {@code detailed}. Empty, the default, means the code's message. */
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
