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
 * The vendor answer of {@link TaskController#create(Task)}.
 *
 * @param data the id of the created resource
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
@JsonSerialize(
        using = TaskControllerCreateEnvelope.Json.class
)
public record TaskControllerCreateEnvelope(@JsonProperty("data") long data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskControllerCreateEnvelope}, the answer of {@link TaskController#create(Task)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskControllerCreateEnvelope> {
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
            super(TaskControllerCreateEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = TaskControllerJson.writesLongAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskControllerCreateEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeName(TaskControllerJson.DATA);
                gen.writeNumber(value.data());
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeName(TaskControllerJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
