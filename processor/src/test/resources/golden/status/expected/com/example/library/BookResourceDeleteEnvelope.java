package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#delete(long)}.
 *
 * @param status always {@code "success"}
 * @param data always {@code null}: the method answers no data
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
public record BookResourceDeleteEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Void data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceDeleteEnvelope success() {
        return new BookResourceDeleteEnvelope("success", null);
    }
}
