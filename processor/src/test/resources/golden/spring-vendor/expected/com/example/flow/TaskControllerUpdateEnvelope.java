package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The vendor answer of {@link TaskController#update(long, Task)}.
 *
 * @param data always {@code null}: the method answers no data
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
@JsonSerialize(
        using = TaskControllerUpdateEnvelope.Json.class
)
public record TaskControllerUpdateEnvelope(@JsonProperty("data") Void data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskControllerUpdateEnvelope}, the answer of {@link TaskController#update(long, Task)}, with Jackson's streaming API, its keys in order.
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
            gen.writeName(TaskControllerJson.DATA);
            gen.writeNull();
            gen.writeName(TaskControllerJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
