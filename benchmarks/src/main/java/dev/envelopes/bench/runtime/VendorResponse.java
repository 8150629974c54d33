package dev.envelopes.bench.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The vendor API's success written by hand: one generic class for every answer, filled at run time
 * by {@link VendorResponseFilter}.
 *
 * @param <T> the type of {@code data}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
public record VendorResponse<T>(
    @JsonProperty("data") T data, @JsonProperty("request_id") String requestId) {}
