package com.example.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The meta envelope of the answer of {@link BookResource#search(String, int, int)}: one page of its records.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data the records of this page
 * @param count the total number of records, the same on every page
 * @param pagination links to the next and the previous page
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
public record BookResourceSearchEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") List<List<String>> data,
        @JsonProperty("count") long count,
        @JsonProperty("pagination") BookResourceSearchEnvelope.Pagination pagination) {
    /**
     * The {@code pagination} of the answer: absolute links to the pages around this one.
     *
     * @param next the page after this one, or {@code null} on the last page
     * @param prev the records just before this page, never overlapping it, or {@code null} on the first page
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"next", "prev"})
    public record Pagination(@JsonProperty("next") URI next, @JsonProperty("prev") URI prev) {
    }
}
