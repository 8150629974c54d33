package com.example.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
import javax.annotation.processing.Generated;

/**
 * What the serializers of the envelope records of {@link InvoiceResource} share: the keys they write,
 * ready to write;
 * and the checks, made once per mapper, that databind would write their payloads just as they do.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class InvoiceResourceJson {
    static final SerializedString CODE = new SerializedString("code");

    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString DETAILED = new SerializedString("detailed");

    static final SerializedString MESSAGE = new SerializedString("message");

    static final SerializedString PAGINATION = new SerializedString("pagination");

    static final SerializedString STATUS_CODE = new SerializedString("status_code");

    static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

    static final SerializedString SUCCESS = new SerializedString("success");

    private InvoiceResourceJson() {
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
}
