package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import javax.annotation.processing.Generated;

/**
 * The meta envelope of the answer of {@link TaskController#remind(long, long)}. (Prototype: the record as
 * {@code EnvelopeRecordsProcessor} writes it, without its streaming serializer, which the Jackson 3
 * work renders; the annotations alone give the same keys in the same order on Jackson 2 and 3.)
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
public record TaskControllerRemindEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") Task data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
}
