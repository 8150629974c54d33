package dev.envelopes.sample;

import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.VendorConvention;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample API on Spring Boot: the Jersey sample's domain and behaviour, its Jakarta REST
 * resources written as Spring MVC controllers in the same packages, so that each package's
 * {@code @EnvelopeStyle} applies to them as to the resources. The API-wide declarations are those
 * of {@code SampleApplication}: its code table, its vendor convention and its mapped exception.
 *
 * <p>Configured in {@code application.properties} or by system properties: {@code
 * envelopes.cursor.key} (the base64 of at least 32 bytes; without it cursors are signed with a
 * random key of the process), {@code envelopes.cursor.max-age}, {@code envelopes.links.base-uri}
 * and {@code envelopes.links.trust-proxy-headers}.
 */
@SpringBootApplication
@EnvelopeApi
@VendorConvention(
    vendor = "flow",
    version = 2,
    errorDocumentation = "https://developer.getflow.com/errors/")
@ResponseCode(status = 200, code = 602, message = "Request OK")
@ResponseCode(status = 201, code = 603, message = "Resource created")
@ResponseCode(status = 400, code = 1001, message = "Invalid request")
@ResponseCode(status = 401, code = 1002, message = "Authentication required")
@ResponseCode(status = 403, code = 1003, message = "Permission denied")
@ResponseCode(status = 404, code = 1004, message = "Resource not found")
@ResponseCode(status = 409, code = 1005, message = "Resource already exists")
@ResponseCode(status = 429, code = 1006, message = "Rate limit exceeded")
@ResponseCode(status = 500, code = 1000, message = "Internal error")
@MapException(
    value = IllegalArgumentException.class,
    status = 400,
    detail = "A parameter of the request is not valid.")
public class SampleSpringApplication {

  /** Serves the sample on the port of {@code server.port}, 8080 unless it is set. */
  public static void main(String[] args) {
    SpringApplication.run(SampleSpringApplication.class, args);
  }
}
