package dev.envelopes.bench.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The bare style's hand-written paged answer: one generic class for every paged method, filled at
 * run time by {@link BareResponseFilter}.
 *
 * @param <T> the type of the records
 * @param cursor the signed cursor of the next page, or {@code null} on the last page
 * @param count the number of records on this page
 * @param totalRecordCount the number of records on all pages
 * @param hasMoreRecords whether a next page follows
 * @param data the records of this page
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"cursor", "count", "totalRecordCount", "hasMoreRecords", "data"})
public record CursorPage<T>(
    String cursor, int count, long totalRecordCount, boolean hasMoreRecords, List<T> data) {}
