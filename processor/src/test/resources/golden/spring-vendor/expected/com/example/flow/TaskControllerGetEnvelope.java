package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The vendor answer of {@link TaskController#get(long)}.
 *
 * @param data what the method returned
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
@JsonSerialize(
        using = TaskControllerGetEnvelope.Json.class
)
public record TaskControllerGetEnvelope(@JsonProperty("data") Task data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskControllerGetEnvelope}, the answer of {@link TaskController#get(long)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskControllerGetEnvelope> {
        /**
         * Whether the mapper this serializer was made for writes the payload's records as this class
         * does.
         */
        private final boolean direct;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}, before it knows the mapper.
         */
        public Json() {
            this(false);
        }

        private Json(boolean direct) {
            super(TaskControllerGetEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = TaskControllerJson.writesTaskAsDatabindWould(provider);
            if (!direct) {
                TaskControllerJson.requireLocalDateAsIso(provider);
            }
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskControllerGetEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeName(TaskControllerJson.DATA);
                TaskControllerJson.writeTask(value.data(), gen);
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeName(TaskControllerJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
