package dev.envelopes.bench.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The vendor API's error written by hand, as the runtime vendor filters refuse a request: {@code
 * {request_uuid, status: "error", errors}}.
 *
 * @param requestUuid the id of the request
 * @param status always {@code error}
 * @param errors what is wrong, one entry a fault
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"request_uuid", "status", "errors"})
public record VendorFailure(
    @JsonProperty("request_uuid") String requestUuid,
    @JsonProperty("status") String status,
    @JsonProperty("errors") List<Fault> errors) {

  private static final String DOCUMENTATION = "https://developer.getflow.com/errors/";

  /**
   * One fault.
   *
   * @param code its code
   * @param message what it says
   * @param attribute the parameter at fault, or {@code null}
   * @param link where the code is documented
   */
  @JsonPropertyOrder({"message", "code", "link", "description", "attribute"})
  public record Fault(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("attribute") @JsonInclude(JsonInclude.Include.NON_NULL) String attribute,
      @JsonProperty("link") String link) {

    public Fault(String code, String message, String attribute) {
      this(code, message, attribute, DOCUMENTATION + code);
    }

    @JsonProperty("description")
    public String description() {
      return message;
    }
  }

  /** The answer that refuses a request with {@code status} for {@code errors}. */
  static Response refuse(int status, String requestId, List<Fault> errors) {
    return Response.status(status)
        .type(VendorResponseFilter.MEDIA_TYPE)
        .entity(new VendorFailure(requestId, "error", List.copyOf(errors)))
        .build();
  }
}
