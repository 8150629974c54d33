package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of the API's code table: every response with HTTP status {@link #status()} carries the
 * API code {@link #code()} in {@code code} and its text {@link #message()} in {@code message}.
 *
 * <pre>{@code
 * @EnvelopeApi
 * @ResponseCode(status = 200, code = 602, message = "Request OK")
 * public class SampleApplication extends Application { ... }
 * }</pre>
 *
 * <p>Declare it on the {@link EnvelopeApi} type, at most once per status, and give every code one
 * status. A status without a row answers with its own number as the code and its reason phrase as
 * the message ({@code 404}, {@code "Not Found"}). An {@link ApiError} or {@link MapException} may
 * give one exception a code of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ResponseCodes.class)
public @interface ResponseCode {

  /** The HTTP status this row is for, from 100 to 599. */
  int status();

  /** The API code that responses with this status carry in {@code code}. */
  int code();

  /** The text of the code, carried in {@code message}; not empty. */
  String message();
}
