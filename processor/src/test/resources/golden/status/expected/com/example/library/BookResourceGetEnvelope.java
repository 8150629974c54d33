package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#get(long)}.
 *
 * @param status always {@code "success"}
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
public record BookResourceGetEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Book data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceGetEnvelope success(Book data) {
        return new BookResourceGetEnvelope("success", data);
    }
}
