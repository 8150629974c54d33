package com.example.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The meta envelope of the answer of {@link AccountResource#balances()}: what it returned.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data what the method returned
 * @param count always {@code null} for an answer that is not a collection
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = AccountResourceBalancesEnvelope.Json.class
)
public record AccountResourceBalancesEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") Map<String, Long> data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link AccountResourceBalancesEnvelope}, the answer of {@link AccountResource#balances()}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<AccountResourceBalancesEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(AccountResourceBalancesEnvelope.class);
        }

        @Override
        public void serialize(AccountResourceBalancesEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(AccountResourceJson.SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeFieldName(AccountResourceJson.CODE);
            gen.writeNumber(value.code());
            gen.writeFieldName(AccountResourceJson.MESSAGE);
            gen.writeString(value.message());
            gen.writeFieldName(AccountResourceJson.STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeFieldName(AccountResourceJson.STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeFieldName(AccountResourceJson.DETAILED);
            gen.writeNull();
            provider.defaultSerializeField("data", value.data(), gen);
            gen.writeFieldName(AccountResourceJson.COUNT);
            gen.writeNull();
            gen.writeFieldName(AccountResourceJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
