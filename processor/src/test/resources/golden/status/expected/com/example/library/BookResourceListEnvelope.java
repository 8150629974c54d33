package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#list(long, int)}.
 *
 * @param status always {@code "success"}
 * @param data the records of this page
 * @param pagination the totals of the result and the page answered
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
public record BookResourceListEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<Book> data,
        @JsonProperty("pagination") StatusPagination pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceListEnvelope success(List<Book> data, StatusPagination pagination) {
        return new BookResourceListEnvelope("success", data, pagination);
    }
}
