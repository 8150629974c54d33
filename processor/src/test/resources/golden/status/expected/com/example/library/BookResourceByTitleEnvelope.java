package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#byTitle(String)}.
 *
 * @param status always {@code "success"}
 * @param data what the method returned, or {@code null} when it returned none
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
public record BookResourceByTitleEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Book data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceByTitleEnvelope success(Book data) {
        return new BookResourceByTitleEnvelope("success", data);
    }
}
