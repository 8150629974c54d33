package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The meta envelope of a 400 Bad Request: {@code detailed} names each field that did not validate,
 * with what is wrong with it.
 *
 * @param success always {@code false}: the request failed
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed one entry per field at fault
 * @param data always {@code null} on an error
 * @param count always {@code null} on an error
 * @param pagination always {@code null} on an error
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
public record MetaBadRequestEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") List<MetaFieldError> detailed, @JsonProperty("data") Void data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * The envelope of an answer with {@code status}.
     */
    static MetaBadRequestEnvelope of(MetaStatus status, List<MetaFieldError> detailed) {
        return new MetaBadRequestEnvelope(false, status.code(), status.message(),
                status.statusCode(), status.statusMessage(), detailed, null, null, null);
    }
}
