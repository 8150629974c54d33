package com.example.library;

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
import dev.envelopes.PageTotals;
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
    static final SerializedString CURRENT_PAGE = new SerializedString("current_page");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString ID = new SerializedString("id");

    static final SerializedString PAGINATION = new SerializedString("pagination");

    static final SerializedString STATUS = new SerializedString("status");

    static final SerializedString TITLE = new SerializedString("title");

    static final SerializedString TOTAL_COUNT = new SerializedString("total_count");

    static final SerializedString TOTAL_PAGES = new SerializedString("total_pages");

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
        gen.writeFieldName(ID);
        gen.writeNumber(value.id());
        gen.writeFieldName(TITLE);
        gen.writeString(value.title());
        gen.writeEndObject();
    }

    /**
     * Writes {@code value} key by key, never through databind, whatever the mapper's settings.
     */
    static void writePageTotals(PageTotals value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeFieldName(TOTAL_COUNT);
        gen.writeNumber(value.totalCount());
        gen.writeFieldName(CURRENT_PAGE);
        gen.writeNumber(value.currentPage());
        gen.writeFieldName(TOTAL_PAGES);
        gen.writeNumber(value.totalPages());
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
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class)
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesComponents(provider, Book.class, "id", "title");
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesLongAsDatabindWould(SerializerProvider provider) throws
            JsonMappingException {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class);
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
