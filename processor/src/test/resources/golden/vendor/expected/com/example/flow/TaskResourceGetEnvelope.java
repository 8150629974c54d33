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
 * The vendor answer of {@link TaskResource#get(long)}.
 *
 * @param data what the method returned
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
@JsonSerialize(
        using = TaskResourceGetEnvelope.Json.class
)
public record TaskResourceGetEnvelope(@JsonProperty("data") Task data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskResourceGetEnvelope}, the answer of {@link TaskResource#get(long)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<TaskResourceGetEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(TaskResourceGetEnvelope.class);
        }

        @Override
        public void serialize(TaskResourceGetEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            provider.defaultSerializeField("data", value.data(), gen);
            gen.writeFieldName(TaskResourceJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
