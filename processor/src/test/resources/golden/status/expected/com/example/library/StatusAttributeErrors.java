package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * One input attribute at fault in the status envelope, with what is wrong.
 *
 * @param attributeName the field, query parameter or header at fault
 * @param messages what is wrong with it
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"attribute_name", "messages"})
public record StatusAttributeErrors(@JsonProperty("attribute_name") String attributeName,
        @JsonProperty("messages") List<String> messages) {
}
