package com.example.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The meta envelope of the answer of {@link OrderResource#createBatch(List)}: the records it returned.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data the records the method returned
 * @param count the number of records in {@code data}
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = OrderResourceCreateBatchEnvelope.Json.class
)
public record OrderResourceCreateBatchEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") List<UUID> data,
        @JsonProperty("count") int count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link OrderResourceCreateBatchEnvelope}, the answer of {@link OrderResource#createBatch(List)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<OrderResourceCreateBatchEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(OrderResourceCreateBatchEnvelope.class);
        }

        @Override
        public void serialize(OrderResourceCreateBatchEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
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
            provider.defaultSerializeField("data", value.data(), gen);
            gen.writeFieldName(OrderResourceJson.COUNT);
            gen.writeNumber(value.count());
            gen.writeFieldName(OrderResourceJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
