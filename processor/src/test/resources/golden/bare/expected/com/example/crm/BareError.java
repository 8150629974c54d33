package com.example.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The error body of the bare style, the same for every error.
 *
 * @param errorCode what went wrong, for programs: one of a fixed list of codes
 * @param errorMessage what went wrong, for people
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"errorCode", "errorMessage"})
public record BareError(@JsonProperty("errorCode") String errorCode,
        @JsonProperty("errorMessage") String errorMessage) {
}
