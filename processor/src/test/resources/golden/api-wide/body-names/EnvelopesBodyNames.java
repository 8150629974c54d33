package com.example.api;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import javax.annotation.processing.Generated;

/**
 * A place in a request body, known by the names its properties have in JSON: those the application's
 * {@code ObjectMapper} reads, after its {@code @JsonProperty} names, {@code @JsonNaming}, mix-ins and
 * naming strategy. Validation failures name the fields they are about through it, so that a client
 * sees the names it sent. Where Jackson does not know a property, its Java name stands.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesBodyNames {
    /**
     * How a mapper that nobody configured reads JSON, for an application that provides no
     * {@code ObjectMapper}.
     */
    private static final DeserializationConfig UNCONFIGURED = new ObjectMapper().getDeserializationConfig();

    /**
     * How the application's mapper reads the body.
     */
    private final DeserializationConfig reading;

    /**
     * The type of the value here, or {@code null} if it is not known.
     */
    private final JavaType type;

    /**
     * The name of the property here in JSON, or {@code null} at the top or in an element.
     */
    private final String name;

    private EnvelopesBodyNames(DeserializationConfig reading, JavaType type, String name) {
        this.reading = reading;
        this.type = type;
        this.name = name;
    }

    /**
     * The top of {@code body}, read as the {@code ObjectMapper} that {@code providers} resolve for its
     * class reads JSON, as Jackson's own Jakarta REST provider resolves it.
     */
    static EnvelopesBodyNames of(Providers providers, Object body) {
        if (body == null) {
            return new EnvelopesBodyNames(UNCONFIGURED, null, null);
        }
        ContextResolver<ObjectMapper> resolver =
                providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
        ObjectMapper mapper = resolver == null ? null : resolver.getContext(body.getClass());
        DeserializationConfig reading = mapper == null ? UNCONFIGURED : mapper.getDeserializationConfig();
        return new EnvelopesBodyNames(reading, reading.constructType(body.getClass()), null);
    }

    /**
     * An element of the list, array or map here.
     */
    EnvelopesBodyNames element() {
        return new EnvelopesBodyNames(reading, type == null ? null : type.getContentType(), null);
    }

    /**
     * The property of the value here that Java calls {@code javaName}, named as in JSON.
     */
    EnvelopesBodyNames property(String javaName) {
        if (type != null) {
            for (BeanPropertyDefinition property : reading.introspect(type).findProperties()) {
                if (property.getInternalName().equals(javaName)) {
                    return new EnvelopesBodyNames(reading, property.getPrimaryType(), property.getName());
                }
            }
        }
        return new EnvelopesBodyNames(reading, null, javaName);
    }

    /**
     * The name of the property here in JSON, or {@code null} at the top or in an element.
     */
    String name() {
        return name;
    }
}
