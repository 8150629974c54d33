package com.example.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;
import dev.envelopes.PageLinks;
import java.io.IOException;
import java.util.Iterator;
import javax.annotation.processing.Generated;

/**
 * What the serializers of the envelope records of {@link BookResource} share: the keys they write,
 * ready to write; the writers of their payloads' plain records;
 * the writer of their {@code pagination};
 * and the checks, made once per mapper, that databind would write their payloads just as they do.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class BookResourceJson {
    static final SerializedString CODE = new SerializedString("code");

    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString DETAILED = new SerializedString("detailed");

    static final SerializedString ISBN = new SerializedString("isbn");

    static final SerializedString MESSAGE = new SerializedString("message");

    static final SerializedString NEXT = new SerializedString("next");

    static final SerializedString PAGINATION = new SerializedString("pagination");

    static final SerializedString PREV = new SerializedString("prev");

    static final SerializedString STATUS_CODE = new SerializedString("status_code");

    static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

    static final SerializedString SUCCESS = new SerializedString("success");

    static final SerializedString TITLE = new SerializedString("title");

    static final SerializedString YEAR = new SerializedString("year");

    private BookResourceJson() {
    }

    /**
     * Writes {@code value} key by key.
     */
    static void writeBook(Book value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeFieldName(ISBN);
        gen.writeString(value.isbn());
        gen.writeFieldName(TITLE);
        gen.writeString(value.title());
        gen.writeFieldName(YEAR);
        gen.writeNumber(value.year());
        gen.writeEndObject();
    }

    /**
     * Writes {@code value} key by key, never through databind, whatever the mapper's settings.
     */
    static void writePageLinks(PageLinks value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeFieldName(NEXT);
        if (value.next() == null) {
            gen.writeNull();
        } else {
            gen.writeString(value.next().toString());
        }
        gen.writeFieldName(PREV);
        if (value.prev() == null) {
            gen.writeNull();
        } else {
            gen.writeString(value.prev().toString());
        }
        gen.writeEndObject();
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesBookAsDatabindWould(SerializerProvider provider) throws
            JsonMappingException {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesWithStandardSerializer(provider, int.class, NumberSerializers.IntegerSerializer.class)
                && writesComponents(provider, Book.class, "isbn", "title", "year");
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesStringAsDatabindWould(SerializerProvider provider) throws
            JsonMappingException {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class);
    }

    /**
     * Whether the mapper names, orders, includes and types properties as databind does by default.
     */
    private static boolean keepsDatabindDefaults(SerializationConfig config) {
        return config.getPropertyNamingStrategy() == null
                && !config.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                && config.getDefaultTyper(config.constructType(Object.class)) == null
                && isAlways(config.getDefaultPropertyInclusion().getValueInclusion())
                && isAlways(config.getDefaultPropertyInclusion().getContentInclusion());
    }

    private static boolean isAlways(JsonInclude.Include inclusion) {
        return inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS;
    }

    /**
     * Whether databind writes {@code type} with {@code standard}, the serializer it has for it
     * unless a module replaced it, with no per-type configuration.
     */
    private static boolean writesWithStandardSerializer(SerializerProvider provider, Class<?> type,
            Class<?> standard) throws JsonMappingException {
        return provider.getConfig().findConfigOverride(type) == null
                && provider.findValueSerializer(type).getClass() == standard;
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
