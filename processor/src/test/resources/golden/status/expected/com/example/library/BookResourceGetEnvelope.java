package com.example.library;

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
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;
import java.io.IOException;
import java.util.Iterator;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#get(long)}.
 *
 * @param status always {@code "success"}
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
@JsonSerialize(
        using = BookResourceGetEnvelope.Json.class
)
public record BookResourceGetEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Book data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceGetEnvelope success(Book data) {
        return new BookResourceGetEnvelope("success", data);
    }

    /**
     * Writes {@link BookResourceGetEnvelope}, the answer of {@link BookResource#get(long)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<BookResourceGetEnvelope> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;

        private static final SerializedString STATUS = new SerializedString("status");

        private static final SerializedString DATA = new SerializedString("data");

        private static final SerializedString BOOK_ID = new SerializedString("id");

        private static final SerializedString BOOK_TITLE = new SerializedString("title");

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
            super(BookResourceGetEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = writesAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(BookResourceGetEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeFieldName(STATUS);
            gen.writeString(value.status());
            if (direct) {
                gen.writeFieldName(DATA);
                writeBook(value.data(), gen);
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeEndObject();
        }

        private static void writeBook(Book value, JsonGenerator gen) throws IOException {
            if (value == null) {
                gen.writeNull();
                return;
            }
            gen.writeStartObject(value);
            gen.writeFieldName(BOOK_ID);
            gen.writeNumber(value.id());
            gen.writeFieldName(BOOK_TITLE);
            gen.writeString(value.title());
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
                    && provider.findValueSerializer(long.class).getClass() == NumberSerializers.LongSerializer.class
                    && config.findConfigOverride(String.class) == null
                    && provider.findValueSerializer(String.class).getClass() == StringSerializer.class
                    && writesComponents(provider, Book.class, "id", "title");
        }

        private static boolean isAlways(JsonInclude.Include inclusion) {
            return inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS;
        }

        /**
         * Whether databind writes {@code type} with its standard bean serializer, exactly the keys
         * {@code keys} in order, with no mix-in or per-type configuration.
         */
        private static boolean writesComponents(SerializerProvider provider, Class<?> type,
                String... keys) throws JsonMappingException {
            if (provider.getConfig().findConfigOverride(type) != null || provider.getConfig().findMixInClassFor(type) != null) {
                return false;
            }
            JsonSerializer<?> serializer = provider.findValueSerializer(type);
            if (serializer.getClass() != BeanSerializer.class) {
                return false;
            }
            Iterator<PropertyWriter> properties = serializer.properties();
            for (String key : keys) {
                if (!properties.hasNext() || !properties.next().getName().equals(key)) {
                    return false;
                }
            }
            return !properties.hasNext();
        }
    }
}
