package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The {@code failure} answer of the status envelope: the request's input did not validate.
 *
 * @param status always {@code "failure"}
 * @param data the attributes at fault
 * @param message what went wrong
 * @param errors the attributes at fault
 * @param code the failure's code, left out when the exception declares none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "message", "errors", "code"})
public record StatusFailure(@JsonProperty("status") String status,
        @JsonProperty("data") List<StatusAttributeErrors> data,
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<StatusAttributeErrors> errors,
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
}
