package com.example.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Iterator;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.jdk.NumberSerializers;
import tools.jackson.databind.ser.jdk.StringSerializer;

/**
 * What the serializers of the envelope records of {@link OrderController} share: the keys they write,
 * ready to write; the writers of their payloads' plain records;
 * and the checks, made once per mapper, that databind would write their payloads just as they do.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class OrderControllerJson {
    static final SerializedString CODE = new SerializedString("code");

    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString DETAILED = new SerializedString("detailed");

    static final SerializedString ID = new SerializedString("id");

    static final SerializedString ITEM = new SerializedString("item");

    static final SerializedString MESSAGE = new SerializedString("message");

    static final SerializedString PAGINATION = new SerializedString("pagination");

    static final SerializedString STATUS_CODE = new SerializedString("status_code");

    static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

    static final SerializedString SUCCESS = new SerializedString("success");

    private OrderControllerJson() {
    }

    /**
     * Writes {@code value} key by key.
     */
    static void writeOrder(Order value, JsonGenerator gen) {
        if (value == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject(value);
        gen.writeName(ID);
        gen.writeNumber(value.id());
        gen.writeName(ITEM);
        gen.writeString(value.item());
        gen.writeEndObject();
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesLongAsDatabindWould(SerializationContext provider) {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class);
    }

    /**
     * Whether databind, as the mapper is configured, writes the payloads this check is named after
     * as this class does: each record as its components, in order, under the keys this class
     * writes, each value as this class does.
     */
    static boolean writesOrderAsDatabindWould(SerializationContext provider) {
        return keepsDatabindDefaults(provider.getConfig())
                && writesWithStandardSerializer(provider, long.class, NumberSerializers.LongSerializer.class)
                && writesWithStandardSerializer(provider, String.class, StringSerializer.class)
                && writesComponents(provider, Order.class, "id", "item");
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
}
