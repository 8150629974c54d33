package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#create(Book)}.
 *
 * @param status always {@code "success"}
 * @param data the id of the created resource
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
public record BookResourceCreateEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") long data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceCreateEnvelope success(long data) {
        return new BookResourceCreateEnvelope("success", data);
    }
}
