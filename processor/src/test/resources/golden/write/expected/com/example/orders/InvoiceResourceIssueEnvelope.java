package com.example.orders;

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
 * The meta envelope of the answer of {@link InvoiceResource#issue(String)}: the id of the resource it created.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data the id of the created resource
 * @param count always {@code null} for an answer that is not a collection
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = InvoiceResourceIssueEnvelope.Json.class
)
public record InvoiceResourceIssueEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") long data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link InvoiceResourceIssueEnvelope}, the answer of {@link InvoiceResource#issue(String)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<InvoiceResourceIssueEnvelope> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;

        private static final SerializedString SUCCESS = new SerializedString("success");

        private static final SerializedString CODE = new SerializedString("code");

        private static final SerializedString MESSAGE = new SerializedString("message");

        private static final SerializedString STATUS_CODE = new SerializedString("status_code");

        private static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

        private static final SerializedString DETAILED = new SerializedString("detailed");

        private static final SerializedString DATA = new SerializedString("data");

        private static final SerializedString COUNT = new SerializedString("count");

        private static final SerializedString PAGINATION = new SerializedString("pagination");

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
            super(InvoiceResourceIssueEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = writesAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(InvoiceResourceIssueEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeFieldName(SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeFieldName(CODE);
            gen.writeNumber(value.code());
            gen.writeFieldName(MESSAGE);
            gen.writeString(value.message());
            gen.writeFieldName(STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeFieldName(STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeFieldName(DETAILED);
            gen.writeNull();
            if (direct) {
                gen.writeFieldName(DATA);
                gen.writeNumber(value.data());
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeFieldName(COUNT);
            gen.writeNull();
            gen.writeFieldName(PAGINATION);
            gen.writeNull();
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
