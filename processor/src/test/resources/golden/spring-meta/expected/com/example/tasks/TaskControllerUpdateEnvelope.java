package com.example.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The meta envelope of the answer of {@link TaskController#update(long, long, TaskChanges)}: no data.
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
        using = TaskControllerUpdateEnvelope.Json.class
)
public record TaskControllerUpdateEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") Void data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link TaskControllerUpdateEnvelope}, the answer of {@link TaskController#update(long, long, TaskChanges)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<TaskControllerUpdateEnvelope> {
        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(TaskControllerUpdateEnvelope.class);
        }

        @Override
        public void serialize(TaskControllerUpdateEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(TaskControllerUpdateEnvelope value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(TaskControllerJson.SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeName(TaskControllerJson.CODE);
            gen.writeNumber(value.code());
            gen.writeName(TaskControllerJson.MESSAGE);
            gen.writeString(value.message());
            gen.writeName(TaskControllerJson.STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeName(TaskControllerJson.STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeName(TaskControllerJson.DETAILED);
            gen.writeNull();
            gen.writeName(TaskControllerJson.DATA);
            gen.writeNull();
            gen.writeName(TaskControllerJson.COUNT);
            gen.writeNull();
            gen.writeName(TaskControllerJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
