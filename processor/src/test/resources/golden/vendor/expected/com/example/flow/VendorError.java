package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The error body of the vendor style.
 *
 * @param requestUuid the id of the request, filled in on the way out
 * @param status always {@code "error"}
 * @param errors one or more errors
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"request_uuid", "status", "errors"})
public record VendorError(@JsonProperty("request_uuid") String requestUuid,
        @JsonProperty("status") String status,
        @JsonProperty("errors") List<VendorErrorDetail> errors) {
    /**
     * The same body for the request {@code requestUuid}.
     */
    public VendorError withRequestUuid(String requestUuid) {
        return new VendorError(requestUuid, status, errors);
    }
}
