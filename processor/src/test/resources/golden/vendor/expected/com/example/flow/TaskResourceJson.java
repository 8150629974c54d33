package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import javax.annotation.processing.Generated;

/**
 * What the serializers of the envelope records of {@link TaskResource} share: the keys they write,
 * ready to write; the writers of their payloads' plain records;
 * and the checks, made once per mapper, that databind would write their payloads just as they do.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class TaskResourceJson {
    static final SerializedString ACCOUNTS = new SerializedString("accounts");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString DUE_ON = new SerializedString("dueOn");

    static final SerializedString ID = new SerializedString("id");

    static final SerializedString NAME = new SerializedString("name");

    static final SerializedString REQUEST_ID = new SerializedString("request_id");

    private TaskResourceJson() {
    }

    /**
     * Writes {@code value} key by key.
     */
    static void writeAccount(Account value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeFieldName(ID);
        gen.writeNumber(value.id());
        gen.writeFieldName(NAME);
        gen.writeString(value.name());
        gen.writeEndObject();
    }

    /**
     * Writes {@code value} key by key.
     */
    static void writeTask(Task value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeFieldName(ID);
        gen.writeNumber(value.id());
        gen.writeFieldName(NAME);
        gen.writeString(value.name());
        gen.writeFieldName(DUE_ON);
        if (value.dueOn() == null) {
            gen.writeNull();
        } else {
            gen.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value.dueOn()));
        }
        gen.writeEndObject();
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
    static boolean writesTaskAndAccountAsDatabindWould(SerializerProvider provider) throws
            JsonMappingException {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class)
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesComponents(provider, Task.class, "id", "name", "dueOn")
                && writesComponents(provider, Account.class, "id", "name");
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesTaskAsDatabindWould(SerializerProvider provider) throws
            JsonMappingException {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class)
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesComponents(provider, Task.class, "id", "name", "dueOn");
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

    /**
     * Refuses the mapper unless databind, as it is configured, writes each of these date and time types
     * as an ISO-8601 string, as the style requires of the payloads databind writes.
     */
    static void requireLocalDateAsIso(SerializerProvider provider) throws JsonMappingException {
        try {
            DateTimeFormatter.ISO_LOCAL_DATE.parse(writtenText(provider, LocalDate.parse("2026-03-20")));
        } catch (DateTimeParseException e) {
            throw JsonMappingException.from(provider, "The vendor style answers dates and times in ISO-8601. This ObjectMapper changes how records are written, so Envelopes leaves the payload to it, and it writes java.time values otherwise: register Jackson's JavaTimeModule (jackson-datatype-jsr310) and disable SerializationFeature.WRITE_DATES_AS_TIMESTAMPS and WRITE_DURATIONS_AS_TIMESTAMPS, or remove what changes how records are written (a naming strategy, mix-ins, alphabetical order, default typing, an inclusion other than ALWAYS).");
        }
    }

    /**
     * The text databind writes for {@code value}, or an empty one when it writes no string or cannot
     * write it.
     */
    private static String writtenText(SerializerProvider provider, Object value) {
        try (TokenBuffer written = new TokenBuffer(null, false)) {
            provider.findValueSerializer(value.getClass(), null).serialize(value, written, provider);
            try (JsonParser parser = written.asParser()) {
                return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : "";
            }
        } catch (IOException e) {
            return "";
        }
    }
}
