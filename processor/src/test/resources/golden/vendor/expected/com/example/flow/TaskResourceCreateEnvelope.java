package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
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

        private static final SerializedString DATA = new SerializedString("data");

        private static final SerializedString REQUEST_ID = new SerializedString("request_id");

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
            boolean direct = writesAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskResourceCreateEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeFieldName(DATA);
                gen.writeNumber(value.data());
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeFieldName(REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }

        /**
         * Whether databind, as the mapper is configured, writes each record of the payload as its
         * components, in order, under the keys this class writes, each value as this class does.
         */
        private static boolean writesAsDatabindWould(SerializerProvider provider) throws
                JsonMappingException {
            SerializationConfig config = provider.getConfig();
            return config.getPropertyNamingStrategy() == null
                    && !config.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    && config.getDefaultTyper(config.constructType(Object.class)) == null
                    && isAlways(config.getDefaultPropertyInclusion().getValueInclusion())
                    && isAlways(config.getDefaultPropertyInclusion().getContentInclusion())
                    && config.findConfigOverride(long.class) == null
                    && provider.findValueSerializer(long.class).getClass() == NumberSerializers.LongSerializer.class;
        }

        private static boolean isAlways(JsonInclude.Include inclusion) {
            return inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS;
        }
    }
}
