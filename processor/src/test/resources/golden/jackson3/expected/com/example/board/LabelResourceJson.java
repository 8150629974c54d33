package com.example.board;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Iterator;
import javax.annotation.processing.Generated;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.jdk.BooleanSerializer;
import tools.jackson.databind.ser.jdk.StringSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * What the serializers of the envelope records of {@link LabelResource} share: the keys they write,
 * ready to write; the text of each constant of their
 * payloads' enums; the writers of their payloads' plain records;
 * and the checks, made once per mapper, that databind would write their payloads just as they do.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class LabelResourceJson {
    static final SerializedString COLOR = new SerializedString("color");

    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString CURSOR = new SerializedString("cursor");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString HAS_MORE_RECORDS = new SerializedString("hasMoreRecords");

    static final SerializedString NAME = new SerializedString("name");

    static final SerializedString PINNED = new SerializedString("pinned");

    static final SerializedString TOTAL_RECORD_COUNT = new SerializedString("totalRecordCount");

    /**
     * The text of each constant of {@link Label.Color}, by ordinal.
     */
    static final SerializedString[] COLOR_TEXTS = {new SerializedString("RED"),
            new SerializedString("dark-green")};

    private LabelResourceJson() {
    }

    /**
     * Writes {@code value} key by key.
     */
    static void writeLabel(Label value, JsonGenerator gen) {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeName(NAME);
        gen.writeString(value.name());
        gen.writeName(PINNED);
        gen.writeBoolean(value.pinned());
        gen.writeName(COLOR);
        if (value.color() == null) {
            gen.writeNull();
        } else {
            gen.writeString(COLOR_TEXTS[value.color().ordinal()]);
        }
        gen.writeEndObject();
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesLabelAsDatabindWould(SerializationContext provider) {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesWithStandardSerializer(provider, boolean.class, BooleanSerializer.class)
                && writesComponents(provider, Label.class, "name", "pinned", "color")
                && writesConstantsAs(provider, Label.Color.class, Label.Color.values(), COLOR_TEXTS);
    }

    /**
     * Whether the mapper names, orders, includes and types properties as databind does by default.
     */
    private static boolean keepsDatabindDefaults(SerializationConfig config) {
        return config.getPropertyNamingStrategy() == null
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
    private static boolean writesWithStandardSerializer(SerializationContext provider,
            Class<?> type, Class<?> standard) {
        return provider.getConfig().findConfigOverride(type) == null
                && provider.findValueSerializer(type).getClass() == standard;
    }

    /**
     * Whether databind writes {@code type} with its standard bean serializer, exactly the keys
     * {@code keys} in order, with no mix-in or per-type configuration.
     */
    private static boolean writesComponents(SerializationContext provider, Class<?> type,
            String... keys) {
        if (provider.getConfig().findConfigOverride(type) != null || provider.getConfig().findMixInClassFor(type) != null) {
            return false;
        }
        ValueSerializer<?> serializer = provider.findValueSerializer(type);
        if (serializer.getClass() != BeanSerializer.class && serializer.getClass() != UnrolledBeanSerializer.class) {
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
     * Whether databind writes each of {@code constants}, the constants of {@code type} in
     * ordinal order, as the string {@code texts} holds at the same index, with no per-type
     * configuration of {@code type}.
     */
    private static boolean writesConstantsAs(SerializationContext provider, Class<?> type,
            Enum<?>[] constants, SerializedString[] texts) {
        if (provider.getConfig().findConfigOverride(type) != null || constants.length != texts.length) {
            return false;
        }
        for (int i = 0; i < constants.length; i++) {
            try (TokenBuffer gen = new TokenBuffer(provider, false)) {
                provider.writeValue(gen, constants[i]);
                try (JsonParser parser = gen.asParser()) {
                    boolean same = parser.nextToken() == JsonToken.VALUE_STRING
                            && parser.getString().equals(texts[i].getValue())
                            && parser.nextToken() == null;
                    if (!same) {
                        return false;
                    }
                }
            } catch (JacksonException e) {
                return false;
            }
        }
        return true;
    }
}
