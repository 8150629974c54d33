package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.Cursor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The vendor answer of {@link TaskResource#list(long, String, Cursor, int)}.
 *
 * @param data the records of this page; a {@code Link} header points at the next
 * @param accounts the related accounts, left out unless the request asked for them
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "accounts", "request_id"})
public record TaskResourceListEnvelope(@JsonProperty("data") List<Task> data,
        @JsonProperty("accounts") @JsonInclude(JsonInclude.Include.NON_NULL) List<Account> accounts,
        @JsonProperty("request_id") String requestId) {
}
