package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * The {@code pagination} object of a paged answer in the meta envelope: absolute links to the pages
 * around this one.
 *
 * @param next the page after this one, or {@code null} on the last page
 * @param prev the records just before this page, never overlapping it, or {@code null} on the first page
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"next", "prev"})
public record MetaPagination(@JsonProperty("next") URI next, @JsonProperty("prev") URI prev) {
}
