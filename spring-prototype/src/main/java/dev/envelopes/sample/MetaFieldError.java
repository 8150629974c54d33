package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * One entry of the details of a 400 Bad Request in the meta envelope.
 *
 * @param field the field, query parameter or header at fault, or {@code null} when the problem concerns
 *     no single one
 * @param message what is wrong with it
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"field", "message"})
public record MetaFieldError(@JsonProperty("field") String field,
        @JsonProperty("message") String message) {
}
