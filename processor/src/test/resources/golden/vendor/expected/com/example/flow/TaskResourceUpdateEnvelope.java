package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;

/**
 * The vendor answer of {@link TaskResource#update(long, Task)}.
 *
 * @param data always {@code null}: the method answers no data
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
public record TaskResourceUpdateEnvelope(@JsonProperty("data") Void data,
        @JsonProperty("request_id") String requestId) {
}
