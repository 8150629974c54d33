package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
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
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskResourceGetEnvelope> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;

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
            super(TaskResourceGetEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = TaskResourceJson.writesTaskAsDatabindWould(provider);
            if (!direct) {
                TaskResourceJson.requireLocalDateAsIso(provider);
            }
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskResourceGetEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeFieldName(TaskResourceJson.DATA);
                TaskResourceJson.writeTask(value.data(), gen);
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeFieldName(TaskResourceJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
