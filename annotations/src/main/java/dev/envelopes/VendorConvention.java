package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the vendor API that {@link Style#VENDOR} resources answer as: its media type and where
 * its errors are documented. Put it on the {@link EnvelopeApi} type.
 *
 * <pre>{@code
 * @EnvelopeApi
 * @VendorConvention(vendor = "flow", version = 2,
 *                   errorDocumentation = "https://developer.getflow.com/errors/")
 * public class FlowApplication extends Application { ... }
 * }</pre>
 *
 * <p>Requests name the version either in the {@code Accept} header ({@code
 * application/vnd.flow.v2+json}) or as the first path segment ({@code /v2/lists/1234}); a request
 * for another version is answered with an {@code unsupported_version} error. Responses of vendor
 * resources carry the vendor media type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface VendorConvention {

  /** The vendor's name in the media type, such as {@code "flow"}: lower-case letters and digits. */
  String vendor();

  /** The API version the resources answer, from 1. */
  int version();

  /**
   * The absolute {@code http} or {@code https} URL under which each error code is documented; an
   * error's {@code link} is this URL followed by its code.
   */
  String errorDocumentation();
}
