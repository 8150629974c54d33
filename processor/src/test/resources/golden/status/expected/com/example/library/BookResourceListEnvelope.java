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
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
public record BookResourceListEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<Book> data,
        @JsonProperty("pagination") BookResourceListEnvelope.Pagination pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceListEnvelope success(List<Book> data, Pagination pagination) {
        return new BookResourceListEnvelope("success", data, pagination);
    }

    /**
     * The {@code pagination} of the answer: the totals and the page.
     *
     * @param totalCount the number of records on all pages
     * @param currentPage the page answered, from 1
     * @param totalPages the number of pages
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"total_count", "current_page", "total_pages"})
    public record Pagination(@JsonProperty("total_count") long totalCount,
            @JsonProperty("current_page") long currentPage,
            @JsonProperty("total_pages") long totalPages) {
    }
}
