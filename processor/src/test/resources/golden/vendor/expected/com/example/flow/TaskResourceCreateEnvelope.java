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
 * The vendor answer of {@link TaskResource#create(Task)}.
 *
 * @param data the id of the created resource
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "request_id"})
@JsonSerialize(
        using = TaskResourceCreateEnvelope.Json.class
)
public record TaskResourceCreateEnvelope(@JsonProperty("data") long data,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskResourceCreateEnvelope}, the answer of {@link TaskResource#create(Task)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskResourceCreateEnvelope> implements ContextualSerializer {
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
            super(TaskResourceCreateEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = TaskResourceJson.writesLongAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskResourceCreateEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeFieldName(TaskResourceJson.DATA);
                gen.writeNumber(value.data());
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeFieldName(TaskResourceJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
