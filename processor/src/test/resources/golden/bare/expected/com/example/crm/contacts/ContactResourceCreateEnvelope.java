package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#create(Contact)}: the id of the resource it created.
 *
 * @param id the new resource's id
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id"})
public record ContactResourceCreateEnvelope(@JsonProperty("id") UUID id) {
}
