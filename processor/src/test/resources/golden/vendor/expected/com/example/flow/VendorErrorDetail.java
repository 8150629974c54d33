package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * One error of a vendor error body.
 *
 * @param message what went wrong, for people
 * @param code what went wrong, for programs
 * @param link where the code is documented
 * @param description the longer explanation, or the message
 * @param attribute the attribute at fault, left out when the error concerns none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"message", "code", "link", "description", "attribute"})
public record VendorErrorDetail(@JsonProperty("message") String message,
        @JsonProperty("code") String code, @JsonProperty("link") String link,
        @JsonProperty("description") String description,
        @JsonProperty("attribute") @JsonInclude(JsonInclude.Include.NON_NULL) String attribute) {
}
