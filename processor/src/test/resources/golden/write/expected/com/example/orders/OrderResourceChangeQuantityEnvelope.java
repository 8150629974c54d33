package com.example.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The meta envelope of the answer of {@link OrderResource#changeQuantity(UUID, int)}: no data.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data always {@code null} for a method that answers no data
 * @param count always {@code null} for an answer that is not a collection
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = OrderResourceChangeQuantityEnvelope.Json.class
)
public record OrderResourceChangeQuantityEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") Void data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link OrderResourceChangeQuantityEnvelope}, the answer of {@link OrderResource#changeQuantity(UUID, int)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<OrderResourceChangeQuantityEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(OrderResourceChangeQuantityEnvelope.class);
        }

        @Override
        public void serialize(OrderResourceChangeQuantityEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(OrderResourceChangeQuantityEnvelope value, JsonGenerator gen) throws
                IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(OrderResourceJson.SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeFieldName(OrderResourceJson.CODE);
            gen.writeNumber(value.code());
            gen.writeFieldName(OrderResourceJson.MESSAGE);
            gen.writeString(value.message());
            gen.writeFieldName(OrderResourceJson.STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeFieldName(OrderResourceJson.STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeFieldName(OrderResourceJson.DETAILED);
            gen.writeNull();
            gen.writeFieldName(OrderResourceJson.DATA);
            gen.writeNull();
            gen.writeFieldName(OrderResourceJson.COUNT);
            gen.writeNull();
            gen.writeFieldName(OrderResourceJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
