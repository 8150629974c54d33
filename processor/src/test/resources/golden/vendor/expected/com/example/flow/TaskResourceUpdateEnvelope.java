package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
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
@JsonSerialize(
        using = TaskResourceUpdateEnvelope.Json.class
)
public record TaskResourceUpdateEnvelope(@JsonProperty("data") Void data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskResourceUpdateEnvelope}, the answer of {@link TaskResource#update(long, Task)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<TaskResourceUpdateEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(TaskResourceUpdateEnvelope.class);
        }

        @Override
        public void serialize(TaskResourceUpdateEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(TaskResourceUpdateEnvelope value, JsonGenerator gen) throws IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(TaskResourceJson.DATA);
            gen.writeNull();
            gen.writeFieldName(TaskResourceJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
