package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.Cursor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#list(Cursor, int)}: one page of its records.
 *
 * @param cursor the opaque cursor of the next page, or {@code null} on the last page
 * @param count the number of records on this page
 * @param totalRecordCount the number of records on all pages
 * @param hasMoreRecords whether a next page follows
 * @param data the records of this page
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"cursor", "count", "totalRecordCount", "hasMoreRecords", "data"})
public record ContactResourceListEnvelope(@JsonProperty("cursor") String cursor,
        @JsonProperty("count") int count, @JsonProperty("totalRecordCount") long totalRecordCount,
        @JsonProperty("hasMoreRecords") boolean hasMoreRecords,
        @JsonProperty("data") List<Contact> data) {
}
