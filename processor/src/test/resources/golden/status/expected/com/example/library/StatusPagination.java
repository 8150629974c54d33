package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The {@code pagination} object of a paged success in the status envelope.
 *
 * @param totalCount the number of records on all pages
 * @param currentPage the page answered, from 1
 * @param totalPages the number of pages
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"total_count", "current_page", "total_pages"})
public record StatusPagination(@JsonProperty("total_count") long totalCount,
        @JsonProperty("current_page") long currentPage,
        @JsonProperty("total_pages") long totalPages) {
}
