package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#titles()}.
 *
 * @param status always {@code "success"}
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
public record BookResourceTitlesEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<String> data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceTitlesEnvelope success(List<String> data) {
        return new BookResourceTitlesEnvelope("success", data);
    }
}
