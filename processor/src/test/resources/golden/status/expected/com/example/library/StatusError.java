package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The {@code error} answer of the status envelope: the server could not process the request.
 *
 * @param status always {@code "error"}
 * @param message what went wrong
 * @param errors always empty
 * @param code the error's code, left out when the exception declares none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "message", "errors", "code"})
public record StatusError(@JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<StatusAttributeErrors> errors,
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
}
